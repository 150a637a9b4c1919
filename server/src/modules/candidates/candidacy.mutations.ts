import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { In, IsNull, type EntityManager } from "typeorm";
import type { Viewer } from "../../access/viewer.js";
import { OrganisationKind } from "../../domain/kinds.js";
import { CANDIDACY_STATUS_LABELS, CANDIDACY_TRANSITIONS, findTransition } from "../../domain/machines.js";
import { isAllowed, PERMISSIONS, whoMay } from "../../domain/permissions.js";
import { CandidacyStatus, HiringIntentionStatus, PlaceKind } from "../../domain/vocabulary.js";
import { Candidacy } from "../../entities/candidacy.js";
import { Candidate } from "../../entities/candidate.js";
import { HiringIntention } from "../../entities/hiring-intention.js";
import { Pairing } from "../../entities/pairing.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { eventType } from "../../realtime/journal.js";
import { badInput, DomainError } from "../../graphql/errors.js";
import { actorOf, assertAllowed, assertOperationOpen, forbidden, locked, requireReason, visibleOrFail, visibleCandidacy } from "../shared/guard.js";
import { planFollowUpsOf } from "../follow-ups/follow-up.mutations.js";
import { assertProcessAllows } from "../shared/process-gate.js";
import { recheckGroup } from "../training-sessions/session-facts.js";
import { MoveCandidacyInput, PathReferentInput, ProposeCandidateInput } from "./candidacy.inputs.js";

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
    const { viewer, reader, journal, clock } = authenticated(ctx);
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
      await assertProcessAllows(tx.manager, clock, "proposeCandidate", { operationId: session.operationId, trainingSessionId: session.id });
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
    const { viewer, reader, journal, clock } = authenticated(ctx);
    const { candidacy: visible, session } = await visibleCandidacy(reader, input.candidacyId);
    const companyId = visible.hiringIntentionId ? (await reader.one(HiringIntention, visible.hiringIntentionId))?.companyId ?? null : null;
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, session.operationId);
      await assertProcessAllows(tx.manager, clock, "moveCandidacy", { operationId: session.operationId, trainingSessionId: session.id });
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
      if (input.to === CandidacyStatus.ADMITTED) candidacy.place = await placeFor(tx.manager, session, input.place ?? null);
      let pairingsEnded = 0;
      if (input.to === CandidacyStatus.LEFT) {
        candidacy.exitSolution = input.exitSolution?.trim() ?? null;
        pairingsEnded = (await tx.manager.update(Pairing, { candidacyId: candidacy.id, endedAt: IsNull() }, { endedAt: clock.now(), endReason: `Sortie du stagiaire : ${reason}` })).affected ?? 0;
      }
      await tx.manager.save(candidacy);
      await tx.record({
        type: eventType(`CANDIDACY_${input.to}`), ...candidacyAudience(candidacy, session, companyId),
        payload: { candidacyId: candidacy.id, from, to: input.to, reason, selectionMethod: candidacy.selectionMethod, exitSolution: candidacy.exitSolution, pairingsEnded, place: candidacy.place },
      });
      if (input.to === CandidacyStatus.ADMITTED) await planFollowUpsOf(tx, session, candidacy);
      if (pairingsEnded) await recheckGroup(tx, session.id, clock.now());
      return candidacy;
    });
  }

  @Mutation(() => Candidacy, { description: "Training organisation: names an admitted trainee's path referent (référent de parcours); a change is recorded" })
  async setPathReferent(@Arg("input") input: PathReferentInput, @Ctx() ctx: Context): Promise<Candidacy> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.setPathReferent);
    const { candidacy: visible, session } = await visibleCandidacy(reader, input.candidacyId);
    if (session.trainingOrganisationId !== viewer.organisationId) throw forbidden(`Seul l'organisme de formation de la session « ${session.title} » désigne les référents de parcours.`);
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, session.operationId);
      await assertProcessAllows(tx.manager, clock, "setPathReferent", { operationId: session.operationId, trainingSessionId: session.id });
      const candidacy = await locked(tx.manager, Candidacy, visible.id);
      if (candidacy.status !== CandidacyStatus.ADMITTED) throw new DomainError("NOT_A_TRAINEE", "Un référent de parcours se désigne pour un stagiaire admis en formation.");
      const previous = candidacy.pathReferent;
      const pathReferent = input.pathReferent.trim();
      if (previous === pathReferent) throw new DomainError("NOTHING_TO_CHANGE", `${pathReferent} est déjà le référent de parcours de ce stagiaire.`);
      candidacy.pathReferent = pathReferent;
      await tx.manager.save(candidacy);
      await tx.record({ type: "PATH_REFERENT_SET", operationId: session.operationId, concerned: [session.trainingOrganisationId, candidacy.proposedByOrganisationId], payload: { candidacyId: candidacy.id, pathReferent, previous } });
      return candidacy;
    });
  }

  @Mutation(() => Candidacy, { description: "France Travail, the employer or the training organisation validates the candidate's profile" })
  async validateProfile(@Arg("candidacyId", () => ID) candidacyId: string, @Ctx() ctx: Context): Promise<Candidacy> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
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
      await assertProcessAllows(tx.manager, clock, "validateProfile", { operationId: session.operationId, trainingSessionId: session.id });
      const candidacy = await locked(tx.manager, Candidacy, visible.id);
      if (candidacy[field]) throw new DomainError("ALREADY_VALIDATED", "Profil déjà validé par votre organisation.");
      candidacy[field] = clock.now();
      await tx.manager.save(candidacy);
      await tx.record({ type: "PROFILE_VALIDATED", ...candidacyAudience(candidacy, session, companyId), payload: { candidacyId: candidacy.id, by: viewer.kind } });
      return candidacy;
    });
  }
}

/**
 * The place an admitted trainee takes: the one asked for, or a funded place while one is left,
 * then an extra place. Admissions never exceed funded plus extra places.
 */
async function placeFor(manager: EntityManager, session: TrainingSession, asked: PlaceKind | null): Promise<PlaceKind> {
  const [taken]: { funded: number; extra: number }[] = await manager.query(
    `SELECT count(*) FILTER (WHERE place IS DISTINCT FROM 'EXTRA')::int AS funded, count(*) FILTER (WHERE place = 'EXTRA')::int AS extra
       FROM candidacy WHERE training_session_id = $1 AND status = 'ADMITTED'`,
    [session.id],
  );
  const fundedLeft = session.fundedPlaces - taken.funded;
  const extraLeft = session.extraPlaces - taken.extra;
  if (fundedLeft <= 0 && extraLeft <= 0) {
    throw new DomainError("NO_PLACE_LEFT", `Session complète : ${session.fundedPlaces} place(s) financée(s) et ${session.extraPlaces} place(s) complémentaire(s) sont toutes occupées.`);
  }
  const place = asked ?? (fundedLeft > 0 ? PlaceKind.FUNDED : PlaceKind.EXTRA);
  if (place === PlaceKind.FUNDED && fundedLeft <= 0) throw new DomainError("NO_PLACE_LEFT", `Les ${session.fundedPlaces} places financées par la Région sont occupées : admettez le stagiaire sur une place complémentaire.`);
  if (place === PlaceKind.EXTRA && extraLeft <= 0) throw new DomainError("NO_PLACE_LEFT", "Aucune place complémentaire (hors financement Région) n'est prévue ou libre dans cette session.");
  return place;
}
