import { useState, type FormEvent } from "react";
import { graphql } from "../../generated/gql";
import type { MemberRole, OrganisationKind } from "../../generated/gql/graphql";
import { isMemberRole, rolesOf } from "../organisations/kinds";
import { ActionButton } from "../ui/ActionButton";
import { Check } from "../ui/Check";
import { Disclosure } from "../ui/Disclosure";
import { Field } from "../ui/Field";
import { FormMessages } from "../ui/FormMessages";
import { MEMBER_ROLE_LABELS } from "../ui/labels";
import { ReasonDisclosure } from "../ui/ReasonDisclosure";
import { useSubmit } from "../ui/useSubmit";

const UPDATE_MEMBER = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) { id role isAdmin }
  }
`);

const DEACTIVATE_MEMBER = graphql(`
  mutation DeactivateMember($input: DeactivateMemberInput!) {
    deactivateMember(input: $input) { id deactivatedAt }
  }
`);

const REACTIVATE_MEMBER = graphql(`
  mutation ReactivateMember($userId: ID!) {
    reactivateMember(userId: $userId) { id deactivatedAt }
  }
`);

interface Member {
  id: string;
  firstName: string;
  lastName: string;
  role: MemberRole;
  isAdmin: boolean;
  deactivatedAt?: string | null;
}

/** An administrator's actions on one member: role and administrator flag, deactivation (with a reason) or reactivation. */
export function MemberActions({ member, kind, self }: { member: Member; kind: OrganisationKind; self: boolean }) {
  return (
    <div className="member-actions">
      <Disclosure label="Modifier">
        <MemberForm member={member} kind={kind} />
      </Disclosure>
      {member.deactivatedAt ? (
        <ActionButton mutation={REACTIVATE_MEMBER} variables={{ userId: member.id }} label="Réactiver" busyLabel="Réactivation…" tone="secondary" />
      ) : (
        !self && (
          <ReasonDisclosure
            label="Désactiver"
            reasonLabel="Motif de la désactivation"
            submitLabel="Confirmer la désactivation"
            mutation={DEACTIVATE_MEMBER}
            variables={(reason) => ({ input: { userId: member.id, reason } })}
          />
        )
      )}
    </div>
  );
}

function MemberForm({ member, kind }: { member: Member; kind: OrganisationKind }) {
  const roles = rolesOf(kind);
  const [role, setRole] = useState<MemberRole>(member.role);
  const [isAdmin, setIsAdmin] = useState(member.isAdmin);
  const { submit, loading, errors, done } = useSubmit(UPDATE_MEMBER);
  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit({ input: { userId: member.id, role, isAdmin } });
  };
  return (
    <form onSubmit={save} noValidate aria-label={`Modifier ${member.firstName} ${member.lastName}`}>
      <Field label="Rôle" error={errors.byField.role}>
        {(props) => (
          <select {...props} value={role} onChange={(e) => isMemberRole(e.target.value) && setRole(e.target.value)}>
            {roles.map((r) => <option key={r} value={r}>{MEMBER_ROLE_LABELS[r]}</option>)}
          </select>
        )}
      </Field>
      <Check label="Administrateur de l'organisation" checked={isAdmin} onChange={setIsAdmin} error={errors.byField.isAdmin} />
      <FormMessages errors={errors} shownFields={["role", "isAdmin"]} done={done} doneText="Modification enregistrée." />
      <button type="submit" className="button button--primary" disabled={loading}>{loading ? "Enregistrement…" : "Enregistrer"}</button>
    </form>
  );
}
