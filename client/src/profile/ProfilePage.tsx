import type { ViewerInfo } from "../shell/AppShell";
import { KIND_LABELS, MEMBER_ROLE_LABELS } from "../ui/labels";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { NotificationPreferences } from "./NotificationPreferencesForm";
import { ProfileForm } from "./ProfileForm";

/** /profil — the signed-in person's name, phone, password and e-mail notifications. */
export function ProfilePage({ viewer }: { viewer: ViewerInfo }) {
  return (
    <div className="profile">
      <h1>Mon profil</h1>
      <p className="profile__meta">
        {viewer.user.email} · {viewer.organisation.name} ({KIND_LABELS[viewer.kind]}) · {MEMBER_ROLE_LABELS[viewer.role]}
        {viewer.user.isAdmin ? " · Administrateur de l'organisation" : ""}
      </p>
      <div className="grid">
        <section className="panel" aria-labelledby="profil-identite">
          <h2 id="profil-identite">Mes coordonnées</h2>
          <ProfileForm user={viewer.user} />
        </section>
        <section className="panel" aria-labelledby="profil-mot-de-passe">
          <h2 id="profil-mot-de-passe">Changer de mot de passe</h2>
          <ChangePasswordForm />
        </section>
      </div>
      <section className="panel" aria-labelledby="profil-notifications">
        <h2 id="profil-notifications">Notifications par e-mail</h2>
        <NotificationPreferences />
      </section>
    </div>
  );
}
