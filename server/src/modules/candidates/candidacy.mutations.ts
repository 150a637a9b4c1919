import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { In, IsNull } from "typeorm";
import type { Viewer } from "../../access/viewer.js";
import { OrganisationKind } from "../../domain/kinds.js";
import { CANDIDACY_STATUS_LABELS, CANDIDACY_TRANSITIONS, findTransition } from "../../domain/machines.js";
import { isAllowed, PERMISSIONS, whoMay } from "../../domain/permissions.js";
import { CandidacyStatus, HiringIntentionStatus } from "../../domain/vocabulary.js";
import { Candidacy } from "../../entities/candidacy.js";
import { Candidate } from "../../entities/candidate.js";
import { HiringIntention } from "../../entities/hiring-intention.js";
import { Pairing } from "../../entities/pairing.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { eventType } from "../../realtime/journal.js";
import { badInput, DomainError } from "../../graphql/errors.js";
import { actorOf, assertAllowed, assertOperationOpen, forbidden, locked, requireReason, visibleOrFail, visibleCandidacy } from "../shared/guard.js";
import { MoveCandidacyInput, ProposeCandidateInput } from "./candidacy.inputs.js";

const ACTIVE_STATUSES = [CandidacyStatus.PROPOSED, CandidacyStatus.INFORMATION_SESSION, CandidacyStatus.SELECTION, CandidacyStatus.ADMITTED];

/** Who hears of a candidacy: its adviser, the session's training organisation, the company it is for, the Region. */
function candidacyAudience(candidacy: Candidacy, session: TrainingSession, companyId: string | null) {
  return {
    operationId: session.operationId,
    concerned: [candidacy.proposedByOrganisationId, session.trainingOrganisationId, ...(companyId ? [companyId] : [])],
  };
}

/** Beyond its partner kind, the actor must be the candidacy's own adviser, training organisation or company. */
function assertOwnCandidacy(viewer: Viewer, candidacy: Candidacy, session: TrainingSession, companyId: string | null): void {
  const own =
    (viewer.kind === OrganisationKind.TRAINING_ORGANISATION && session.trainingOrganisationId === viewer.organisationId) ||
    ((viewer.kind === OrganisationKind.MISSION_LOCALE || viewer.kind === OrganisationKind.FRANCE_TRAVAIL) && candidacy.proposedByOrganisationId === viewer.organisationId) ||
    (viewer.kind === OrganisationKind.COMPANY && companyId === viewer.organisationId);
  if (!own) throw forbidden("Cette candidature relève d'un autre partenaire (son conseiller, son organisme de formation ou l'entreprise visée).");
}

@Resolver()
export class CandidacyMutations {
  @Mutation(() => Candidacy, { description: "Mission Locale or France Travail: proposes a candidate to a session, optionally for a company's job" })
  async proposeCandidate(@Arg("input") input: ProposeCandidateInput, @Ctx() ctx: Context): Promise<Candidacy> {
    const { viewer, reader, journal } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.proposeCandidate);
    const session = await visibleOrFail(reader, TrainingSession, input.trainingSessionId, "Session");
    if (!input.candidateId === !input.candidate) throw badInput("candidate", "indiquez soit un nouveau candidat, soit candidateId");
    const existing = input.candidateId ? await visibleOrFail(reader, Candidate, input.candidateId, "Candidat") : null;
    if (existing && existing.proposedByOrganisationId !== viewer.organisationId) throw forbidden("Ce candidat a été proposé par un autre prescripteur.");
    const intention = input.hiringIntentionId ? await visibleOrFail(reader, HiringIntention, input.hiringIntentionId, "Intention d'embauche") : null;
    if (intention && intention.operationId !== session.operationId) throw badInput("hiringIntentionId", "l'intention d'embauche doit relever de la même opération");
    if (intention && intention.status !== HiringIntentionStatus.SUBMITTED) throw new DomainError("HIRING_INTENTION_WITHDRAWN", "Cette intention d'embauche a été retirée par l'entreprise.");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, session.operationId);
      const person = existing ?? (await tx.manager.save(Candidate, {
        firstName: input.candidate!.firstName.trim(), lastName: input.candidate!.lastName.trim(),
        email: input.candidate!.email?.trim().toLowerCase() ?? null, phone: input.candidate!.phone ?? null,
        postalAddress: input.candidate!.postalAddress ?? null, privateNotes: input.candidate!.privateNotes ?? null,
        proposedByOrganisationId: viewer.organisationId,
      }));
      const open = await tx.manager.findOneBy(Candidacy, { candidateId: person.id, trainingSessionId: session.id, status: In(ACTIVE_STATUSES) });
      if (open) throw new DomainError("ALREADY_PROPOSED", `${person.firstName} ${person.lastName} est déjà proposé(e) à cette session.`);
      const candidacy = await tx.manager.save(Candidacy, {
        candidateId: person.id, trainingSessionId: session.id, hiringIntentionId: intention?.id ?? null,
        proposedByOrganisationId: viewer.organisationId, proposedByUserId: viewer.userId, status: CandidacyStatus.PROPOSED,
        selectionMethod: null, statusReason: null, exitSolution: null,
        profileValidatedByFranceTravailAt: null, profileValidatedByEmployerAt: null, profileValidatedByTrainingOrganisationAt: null,
      });
      await tx.record({
        type: "CANDIDATE_PROPOSED", ...candidacyAudience(candidacy, session, intention?.companyId ?? null),
        payload: { candidacyId: candidacy.id, candidate: `${person.firstName} ${person.lastName}`, trainingSessionId: session.id, jobTitle: intention?.jobTitle ?? null },
      });
      return candidacy;
    });
  }

  @Mutation(() => Candidacy, { description: "Moves a candidacy along its path; who may make each move is CANDIDACY_TRANSITIONS" })
  async moveCandidacy(@Arg("input") input: MoveCandidacyInput, @Ctx() ctx: Context): Promise<Candidacy> {
    const { viewer, reader, journal } = authenticated(ctx);
    const { candidacy: visible, session } = await visibleCandidacy(reader, input.candidacyId);
    const companyId = visible.hiringIntentionId ? (await reader.one(HiringIntention, visible.hiringIntentionId))?.companyId ?? null : null;
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, session.operationId);
      const candidacy = await locked(tx.manager, Candidacy, visible.id);
      const transition = findTransition(CANDIDACY_TRANSITIONS, candidacy.status, input.to);
      if (!transition) {
        throw new DomainError("TRANSITION_NOT_ALLOWED", `Une candidature « ${CANDIDACY_STATUS_LABELS[candidacy.status]} » ne peut pas passer à « ${CANDIDACY_STATUS_LABELS[input.to]} ».`);
      }
      if (!isAllowed(transition, viewer.kind, viewer.role)) throw forbidden(`Action réservée à : ${whoMay(transition)} (${transition.label}).`);
      assertOwnCandidacy(viewer, candidacy, session, companyId);
      const reason = transition.needsReason ? requireReason("reason", input.reason) : input.reason?.trim() ?? null;
      const from = candidacy.status;
      candidacy.status = input.to;
      candidacy.statusReason = reason;
      if (input.to === CandidacyStatus.SELECTION) candidacy.selectionMethod = input.selectionMethod ?? candidacy.selectionMethod;
      let pairingsEnded = 0;
      if (input.to === CandidacyStatus.LEFT) {
        candidacy.exitSolution = input.exitSolution?.trim() ?? null;
        pairingsEnded = (await tx.manager.update(Pairing, { candidacyId: candidacy.id, endedAt: IsNull() }, { endedAt: new Date(), endReason: `Sortie du stagiaire : ${reason}` })).affected ?? 0;
      }
      await tx.manager.save(candidacy);
      await tx.record({
        type: eventType(`CANDIDACY_${input.to}`), ...candidacyAudience(candidacy, session, companyId),
        payload: { candidacyId: candidacy.id, from, to: input.to, reason, selectionMethod: candidacy.selectionMethod, exitSolution: candidacy.exitSolution, pairingsEnded },
      });
      return candidacy;
    });
  }

  @Mutation(() => Candidacy, { description: "France Travail, the employer or the training organisation validates the candidate's profile" })
  async validateProfile(@Arg("candidacyId", () => ID) candidacyId: string, @Ctx() ctx: Context): Promise<Candidacy> {
    const { viewer, reader, journal } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.validateProfile);
    const { candidacy: visible, session } = await visibleCandidacy(reader, candidacyId);
    const companyId = visible.hiringIntentionId ? (await reader.one(HiringIntention, visible.hiringIntentionId))?.companyId ?? null : null;
    if (viewer.kind === OrganisationKind.COMPANY && companyId !== viewer.organisationId) throw forbidden("Seul l'employeur visé valide le profil.");
    if (viewer.kind === OrganisationKind.TRAINING_ORGANISATION && session.trainingOrganisationId !== viewer.organisationId) throw forbidden("Seul l'organisme de formation de la session valide le profil.");
    const field = ({
      FRANCE_TRAVAIL: "profileValidatedByFranceTravailAt",
      COMPANY: "profileValidatedByEmployerAt",
      TRAINING_ORGANISATION: "profileValidatedByTrainingOrganisationAt",
    } as const)[viewer.kind as "FRANCE_TRAVAIL" | "COMPANY" | "TRAINING_ORGANISATION"];
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, session.operationId);
      const candidacy = await locked(tx.manager, Candidacy, visible.id);
      if (candidacy[field]) throw new DomainError("ALREADY_VALIDATED", "Profil déjà validé par votre organisation.");
      candidacy[field] = new Date();
      await tx.manager.save(candidacy);
      await tx.record({ type: "PROFILE_VALIDATED", ...candidacyAudience(candidacy, session, companyId), payload: { candidacyId: candidacy.id, by: viewer.kind } });
      return candidacy;
    });
  }
}
