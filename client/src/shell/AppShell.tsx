import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { NavLink } from "react-router";
import { graphql } from "../../generated/gql";
import type { ViewerQuery } from "../../generated/gql/graphql";
import { KIND_LABELS, ROLE_LABELS } from "../ui/labels";
import { useLiveRefresh } from "./live";

const UNREAD = graphql(`
  query UnreadCount {
    unreadNotificationCount
  }
`);

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

export type ViewerInfo = NonNullable<ViewerQuery["viewer"]>;

/** Where each partner kind goes from the home page. */
const AREAS: Record<string, { to: string; label: string }[]> = {
  TRAINING_ORGANISATION: [{ to: "/cockpit", label: "Cockpit des opérations" }],
  MISSION_LOCALE: [{ to: "/prescription", label: "Mes candidats" }],
  FRANCE_TRAVAIL: [{ to: "/prescription", label: "Mes candidats" }],
  COMPANY: [{ to: "/entreprise", label: "Mes intentions d'embauche" }],
  REGION: [{ to: "/tableau-de-bord", label: "Tableau de bord régional" }],
};

export function AppShell({ viewer, children }: { viewer: ViewerInfo; children: ReactNode }) {
  const client = useApolloClient();
  const { lastEvent, connected } = useLiveRefresh();
  const { data } = useQuery(UNREAD);
  const [logout, { loading }] = useMutation(LOGOUT);
  const unread = data?.unreadNotificationCount ?? 0;
  const signOut = async () => {
    await logout().catch(() => undefined);
    await client.clearStore();
    window.location.assign("/");
  };
  return (
    <div className="shell">
      <a className="skip-link" href="#contenu">Aller au contenu</a>
      <header className="shell__header">
        <NavLink to="/" className="shell__brand">Cordée</NavLink>
        <nav aria-label="Navigation principale" className="shell__nav">
          <NavLink to="/" end>Accueil</NavLink>
          {(AREAS[viewer.kind] ?? []).map((area) => <NavLink key={area.to} to={area.to}>{area.label}</NavLink>)}
          <NavLink to="/organisation">Mon organisation</NavLink>
        </nav>
        <div className="shell__who">
          <NavLink to="/#nouveautes" className="bell">
            Notifications <span className="bell__count" data-testid="unread-count">{unread}</span>
            <span className="visually-hidden"> non lues</span>
          </NavLink>
          <span className="shell__identity">
            <NavLink to="/profil" className="shell__profile">
              <strong>{viewer.user.firstName} {viewer.user.lastName}</strong>
              <span className="visually-hidden"> — Mon profil</span>
            </NavLink>
            <span>{viewer.organisation.name} · {KIND_LABELS[viewer.kind]}{ROLE_LABELS[viewer.role] ? ` · ${ROLE_LABELS[viewer.role]}` : ""}</span>
          </span>
          <button type="button" className="button button--secondary" onClick={signOut} disabled={loading}>Se déconnecter</button>
        </div>
      </header>
      {!connected && <p className="state state--warn" role="status">Connexion temps réel interrompue : reconnexion en cours…</p>}
      <p className="visually-hidden" aria-live="polite">{lastEvent ? "Des informations viennent d'être mises à jour." : ""}</p>
      <main id="contenu" className="shell__main" tabIndex={-1}>{children}</main>
    </div>
  );
}
