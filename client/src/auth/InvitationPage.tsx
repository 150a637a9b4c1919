import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { useNavigate, useParams } from "react-router";
import { graphql } from "../../generated/gql";
import type { InvitationPreviewQuery } from "../../generated/gql/graphql";
import { serverErrors } from "../ui/errors";
import { Field } from "../ui/Field";
import { frenchInstant, MEMBER_ROLE_LABELS } from "../ui/labels";
import { ErrorMessage, Loading } from "../ui/states";
import { withoutFieldPrefix } from "../ui/useSubmit";
import { OpenPage, SignInLink } from "./OpenPage";
import { confirmed, PasswordPair, type PasswordPairValue } from "./PasswordPair";

const INVITATION = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) { email firstName lastName organisationName expiresAt status role isAdmin invitedBy }
  }
`);

const ACCEPT = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { expiresAt }
  }
`);

type Preview = InvitationPreviewQuery["invitation"];

/** Why a link no longer works, and what to do. */
function unusable(invitation: Preview): string | null {
  switch (invitation.status) {
    case "ACCEPTED":
      return `Cette invitation a déjà été utilisée\u00a0: connectez-vous avec l'adresse ${invitation.email}.`;
    case "EXPIRED":
      return `Cette invitation a expiré le ${frenchInstant(invitation.expiresAt)}. Demandez à l'organisation qui vous a invité·e de vous en envoyer une nouvelle.`;
    case "REVOKED":
      return "Cette invitation a été annulée par l'organisation. Demandez-lui une nouvelle invitation si vous devez rejoindre Cordée.";
    default:
      return null;
  }
}

/** /invitation/:token — the invited person chooses a password; the account is created and signed in. */
export function InvitationPage() {
  const { token = "" } = useParams();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(INVITATION, { variables: { token } });
  const [accepted, setAccepted] = useState(false);
  const invitation = data?.invitation;
  const signIn = async () => {
    setAccepted(true);
    // the session cookie is set: every query is read again as the new account
    await client.resetStore().catch(() => undefined);
    navigate("/", { replace: true });
  };
  if (accepted) {
    return (
      <OpenPage title="Rejoindre Cordée">
        <p className="state state--done" role="status">Votre compte est créé. Ouverture de Cordée…</p>
      </OpenPage>
    );
  }
  return (
    <OpenPage title="Rejoindre Cordée">
      {loading && !data && <Loading what="Lecture de l'invitation" />}
      {error && !invitation && (
        <>
          <ErrorMessage error={error} />
          <p><SignInLink /></p>
        </>
      )}
      {invitation && <Invitation token={token} invitation={invitation} onAccepted={signIn} />}
    </OpenPage>
  );
}

function Invitation({ token, invitation, onAccepted }: { token: string; invitation: Preview; onAccepted: () => void }) {
  const refusal = unusable(invitation);
  return (
    <>
      <p>
        Bonjour {invitation.firstName} {invitation.lastName}, {invitation.invitedBy} vous invite à rejoindre <strong>{invitation.organisationName}</strong> sur
        Cordée, l'espace partagé des opérations «&nbsp;un emploi, une formation&nbsp;».
      </p>
      <p>
        Rôle&nbsp;: {MEMBER_ROLE_LABELS[invitation.role] ?? invitation.role}
        {invitation.isAdmin ? ", administrateur de l'organisation (vous inviterez vos collègues)" : ""}.
      </p>
      {refusal ? (
        <>
          <p className="state state--warn" role="status">{refusal}</p>
          <p><SignInLink /></p>
        </>
      ) : (
        <>
          <p className="login__lead">
            Votre identifiant sera l'adresse <strong>{invitation.email}</strong>. Invitation valable jusqu'au {frenchInstant(invitation.expiresAt)}.
          </p>
          <AcceptForm token={token} onAccepted={onAccepted} />
        </>
      )}
    </>
  );
}

function AcceptForm({ token, onAccepted }: { token: string; onAccepted: () => void }) {
  const [passwords, setPasswords] = useState<PasswordPairValue>({ password: "", confirmation: "" });
  const [phone, setPhone] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const [accept, { loading, error, reset }] = useMutation(ACCEPT);
  const errors = withoutFieldPrefix(serverErrors(error));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMismatch(!confirmed(passwords));
    if (!confirmed(passwords)) return reset(); // the server's last refusal was about other passwords
    try {
      await accept({ variables: { input: { token, password: passwords.password, phone: phone.trim() || null } } });
    } catch {
      return; // shown below
    }
    onAccepted();
  };
  return (
    <form onSubmit={submit} aria-label="Créer mon compte" noValidate>
      <PasswordPair value={passwords} onChange={setPasswords} error={errors.byField.password} mismatch={mismatch} />
      <Field label="Téléphone (facultatif)" error={errors.byField.phone}>
        {(props) => <input {...props} type="tel" autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />}
      </Field>
      {(errors.general || errors.byField.token) && <p className="state state--error" role="alert">{errors.general ?? errors.byField.token}</p>}
      <button type="submit" className="button button--primary" disabled={loading}>{loading ? "Création du compte…" : "Créer mon compte"}</button>
    </form>
  );
}
