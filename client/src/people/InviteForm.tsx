import { useState, type FormEvent, type ReactNode } from "react";
import { graphql } from "../../generated/gql";
import type { MemberRole, OrganisationKind } from "../../generated/gql/graphql";
import { isMemberRole, rolesOf } from "../organisations/kinds";
import { Check } from "../ui/Check";
import { Disclosure } from "../ui/Disclosure";
import { Field } from "../ui/Field";
import { FormMessages } from "../ui/FormMessages";
import { MEMBER_ROLE_LABELS } from "../ui/labels";
import { useSubmit } from "../ui/useSubmit";
import { INVITATIONS } from "./PendingInvitations";

const INVITE = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) { id email firstName lastName role isAdmin expiresAt createdAt acceptedAt revokedAt }
  }
`);

export interface InvitingOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
}

const FIELDS = ["firstName", "lastName", "email", "role", "isAdmin"];

/**
 * « Inviter une personne »: a single-use link is e-mailed to the person, who chooses a password.
 * `children` are shown under the form once it is open (a table row keeps its invitations there).
 */
export function InviteForm({ organisation, children }: { organisation: InvitingOrganisation; children?: ReactNode }) {
  return (
    <Disclosure label="Inviter une personne">
      <InviteFields organisation={organisation} />
      {children}
    </Disclosure>
  );
}

function InviteFields({ organisation }: { organisation: InvitingOrganisation }) {
  const roles = rolesOf(organisation.kind);
  const [firstName, setFirstName] = useState("");
  const [lastName, setLastName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<MemberRole>(roles[0]);
  const [isAdmin, setIsAdmin] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { submit, loading, errors, done } = useSubmit(INVITE, [{ query: INVITATIONS, variables: { id: organisation.id } }]);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    if (await submit({ input: { organisationId: organisation.id, firstName: firstName.trim(), lastName: lastName.trim(), email: address, role, isAdmin } })) {
      setSentTo(address);
      setFirstName("");
      setLastName("");
      setEmail("");
      setRole(roles[0]);
      setIsAdmin(false);
    }
  };
  return (
    <form onSubmit={send} noValidate aria-label={`Inviter une personne chez ${organisation.name}`}>
      <div className="form-grid">
        <Field label="Prénom" error={errors.byField.firstName}>
          {(props) => <input {...props} value={firstName} onChange={(e) => setFirstName(e.target.value)} required maxLength={100} autoComplete="off" />}
        </Field>
        <Field label="Nom" error={errors.byField.lastName}>
          {(props) => <input {...props} value={lastName} onChange={(e) => setLastName(e.target.value)} required maxLength={100} autoComplete="off" />}
        </Field>
        <Field label="Adresse e-mail" error={errors.byField.email}>
          {(props) => <input {...props} type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="off" />}
        </Field>
        <Field label="Rôle" error={errors.byField.role}>
          {(props) => (
            <select {...props} value={role} onChange={(e) => isMemberRole(e.target.value) && setRole(e.target.value)}>
              {roles.map((r) => <option key={r} value={r}>{MEMBER_ROLE_LABELS[r]}</option>)}
            </select>
          )}
        </Field>
        <Check
          label="Administrateur de l'organisation"
          checked={isAdmin}
          onChange={setIsAdmin}
          hint="Invite ses collègues, leur donne un rôle et peut désactiver un compte. La première personne d'une organisation l'est toujours."
          error={errors.byField.isAdmin}
        />
      </div>
      <FormMessages errors={errors} shownFields={FIELDS} done={done && !!sentTo} doneText={`Invitation envoyée à ${sentTo}. Le lien est valable quelques jours et ne sert qu'une fois.`} />
      <button type="submit" className="button button--primary" disabled={loading}>{loading ? "Envoi…" : "Envoyer l'invitation"}</button>
    </form>
  );
}
