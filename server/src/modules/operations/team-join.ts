import { IsNull } from "typeorm";
import type { Clock } from "../../clock.js";
import type { Viewer } from "../../access/viewer.js";
import { Operation } from "../../entities/operation.js";
import { Organisation } from "../../entities/organisation.js";
import { TeamMembership } from "../../entities/team-membership.js";
import { User } from "../../entities/user.js";
import { DomainError } from "../../graphql/errors.js";
import { teamJoinedEmail } from "../../mail/messages.js";
import { queueEmail } from "../../mail/outbox.js";
import type { MutationTransaction } from "../../realtime/journal.js";
import { followTeamChange } from "../conventions/signatories.js";
import { assertOperationOpen } from "../shared/guard.js";
import { programmeOf } from "../shared/process-gate.js";

/**
 * A partner joins the operation's project team: its membership, the event, the convention's
 * signatories, and an e-mail to its administrators with the link to the operation.
 */
export async function joinTeam(tx: MutationTransaction, p: { operation: Operation; partner: Organisation; isLead: boolean; viewer: Viewer; clock: Clock; publicUrl: string }): Promise<TeamMembership> {
  const { operation, partner, clock } = p;
  await assertOperationOpen(tx.manager, operation.id);
  const active = await tx.manager.findOneBy(TeamMembership, { operationId: operation.id, organisationId: partner.id, leftAt: IsNull() });
  if (active) throw new DomainError("ALREADY_ON_TEAM", `${partner.name} fait déjà partie de l'équipe projet.`);
  const membership = await tx.manager.save(TeamMembership, { operationId: operation.id, organisationId: partner.id, isLead: p.isLead, joinedAt: clock.now() });
  await tx.record({ type: "TEAM_MEMBER_ADDED", operationId: operation.id, payload: { organisationId: partner.id, name: partner.name, kind: partner.kind } });
  const programme = await programmeOf(tx.manager, operation.id);
  await followTeamChange(tx, operation.id, partner.id, { joined: true, required: programme.rules.requiredSignatoryKinds.includes(partner.kind) }, clock.now());
  const addedBy = await tx.manager.findOneByOrFail(Organisation, { id: p.viewer.organisationId });
  const admins = await tx.manager.findBy(User, { organisationId: partner.id, isAdmin: true, deactivatedAt: IsNull() });
  for (const admin of admins) {
    await queueEmail(tx, teamJoinedEmail({
      to: admin.email, firstName: admin.firstName, organisationName: partner.name, operationTitle: operation.title, addedBy: addedBy.name,
      url: `${p.publicUrl}/operations/${operation.id}`,
    }), "TEAM_MEMBER_ADDED");
  }
  return membership;
}
