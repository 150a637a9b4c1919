import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { In, IsNull } from "typeorm";
import type { Viewer } from "../../access/viewer.js";
import type { Clock } from "../../clock.js";
import { frenchDate, isValidCalendarDate } from "../../domain/calendar.js";
import { ORGANISATION_KIND_LABELS } from "../../domain/kinds.js";
import { PERMISSIONS } from "../../domain/permissions.js";
import { missingSignatoryKinds, requiredSignatories } from "../../domain/signatories.js";
import { ConventionStatus, HiringIntentionStatus } from "../../domain/vocabulary.js";
import { ConventionSignatory } from "../../entities/convention-signatory.js";
import { Convention } from "../../entities/convention.js";
import { HiringIntention } from "../../entities/hiring-intention.js";
import { Organisation } from "../../entities/organisation.js";
import { Signature } from "../../entities/signature.js";
import { TeamMembership } from "../../entities/team-membership.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { badInput, DomainError } from "../../graphql/errors.js";
import type { EventType } from "../../domain/event-audience.js";
import type { MutationTransaction } from "../../realtime/journal.js";
import { actorOf, assertAllowed, assertOperationOpen, assertRunsSession, forbidden, locked, visibleOrFail } from "../shared/guard.js";
import { assertProcessAllows } from "../shared/process-gate.js";
import { checkAttendees } from "../shared/team.js";
import { signatureMoved, signatureSlot } from "../../calendar/signature-slot.js";
import { draftConventionText } from "./convention-text.js";
import { completeIfSigned, outstandingSignatories } from "./signatories.js";
import { SignatureAttendanceInput, UpdateConventionInput } from "./convention.inputs.js";

type PlanningStamp = "dateOptionsSentAt" | "draftSentAt" | "forwardedToCabinetAt" | "invitationsSentAt" | "saveTheDateSentAt";

/** One step of the signature organisation: who does it, what it needs first, which event it writes. */
interface PlanningStep {
  action: "sendSignatureDateOptions" | "sendConventionDraft" | "forwardToCabinet" | "recordOfficialInvitations" | "sendSaveTheDate";
  stamp: PlanningStamp;
  event: EventType;
  check(convention: Convention): string | null;
}

const PLANNING: Record<string, PlanningStep> = {
  sendSignatureDateOptions: {
    action: "sendSignatureDateOptions", stamp: "dateOptionsSentAt", event: "SIGNATURE_DATE_OPTIONS_SENT",
    check: (c) => (c.signatureOptions.length && c.signaturePlace ? null : "Indiquez d'abord les options de date et d'horaires et le lieu de signature."),
  },
  sendConventionDraft: {
    action: "sendConventionDraft", stamp: "draftSentAt", event: "CONVENTION_DRAFT_SENT",
    check: () => null,
  },
  forwardToCabinet: {
    action: "forwardToCabinet", stamp: "forwardedToCabinetAt", event: "CONVENTION_FORWARDED_TO_CABINET",
    check: (c) => (c.draftSentAt ? null : "Le projet de convention et la fiche contact n'ont pas encore été transmis au RTF."),
  },
  recordOfficialInvitations: {
    action: "recordOfficialInvitations", stamp: "invitationsSentAt", event: "OFFICIAL_INVITATIONS_SENT",
    check: (c) => (!c.forwardedToCabinetAt ? "Le dossier n'a pas encore été transmis au Cabinet." : c.plannedSignatureDate ? null : "La date de signature n'est pas encore arrêtée."),
  },
  sendSaveTheDate: {
    action: "sendSaveTheDate", stamp: "saveTheDateSentAt", event: "SAVE_THE_DATE_SENT",
    check: (c) => (c.plannedSignatureDate ? null : "La date de signature n'est pas encore arrêtée."),
  },
};

/**
 * The convention, locked for the transaction, and its session, once the action is allowed: the
 * operation open, the programme's process letting it happen now, and (for the training
 * organisation, unless any signatory may act) its own session.
 */
async function conventionStep(tx: MutationTransaction, viewer: Viewer, clock: Clock, conventionId: string, action: ConventionAction, ownSessionLabel: string | null): Promise<{ convention: Convention; session: TrainingSession }> {
  const convention = await locked(tx.manager, Convention, conventionId);
  const session = await tx.manager.findOneByOrFail(TrainingSession, { id: convention.trainingSessionId });
  if (ownSessionLabel) assertRunsSession(viewer, session, ownSessionLabel);
  await assertOperationOpen(tx.manager, session.operationId);
  await assertProcessAllows(tx.manager, clock, action, { operationId: session.operationId, trainingSessionId: session.id });
  return { convention, session };
}

type ConventionAction = "updateConvention" | "recordSignatureAttendance" | "signConvention" | PlanningStep["action"];

@Resolver()
export class ConventionMutations {
  @Mutation(() => Convention, { description: "Training organisation: pre-drafts the convention from the data; signatories computed from the team" })
  async draftConvention(@Arg("trainingSessionId", () => ID) trainingSessionId: string, @Ctx() ctx: Context): Promise<Convention> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.draftConvention);
    const session = await visibleOrFail(reader, TrainingSession, trainingSessionId, "Session");
    assertRunsSession(viewer, session, "pré-rédiger sa convention");
    return journal.run(actorOf(viewer), async (tx) => {
      const operation = await assertOperationOpen(tx.manager, session.operationId);
      const { programme } = await assertProcessAllows(tx.manager, clock, "draftConvention", { operationId: operation.id, trainingSessionId: session.id });
      if (await tx.manager.findOneBy(Convention, { trainingSessionId: session.id })) throw new DomainError("CONVENTION_EXISTS", "La convention de cette session existe déjà : modifiez-la.");
      const team = await tx.manager.findBy(TeamMembership, { operationId: operation.id, leftAt: IsNull() });
      const organisations = await tx.manager.findBy(Organisation, { id: In(team.map((m) => m.organisationId)) });
      const partners = organisations.map((o) => ({ organisationId: o.id, kind: o.kind }));
      const missing = missingSignatoryKinds(programme.rules, partners);
      if (missing.length) {
        throw new DomainError("MISSING_SIGNATORIES", `Signataires obligatoires absents de l'équipe projet : ${missing.map((k) => ORGANISATION_KIND_LABELS[k]).join(", ")}.`, { missing });
      }
      const signatories = requiredSignatories(programme.rules, partners);
      const intentions = await tx.manager.findBy(HiringIntention, { trainingSessionId: session.id, status: HiringIntentionStatus.SUBMITTED });
      const text = draftConventionText(
        programme, session,
        signatories.map((s) => organisations.find((o) => o.id === s.organisationId)!),
        intentions.map((i) => Object.assign(i, { companyName: organisations.find((o) => o.id === i.companyId)?.name ?? "" })),
      );
      const convention = await tx.manager.save(Convention, { trainingSessionId: session.id, ...text, signatureOptions: [], plannedSignatureDate: null, signaturePlace: null });
      for (const s of signatories) await tx.manager.save(ConventionSignatory, { conventionId: convention.id, organisationId: s.organisationId, required: s.required, addedAt: clock.now(), withdrawnAt: null });
      await tx.record({ type: "CONVENTION_DRAFTED", operationId: operation.id, payload: { conventionId: convention.id, trainingSessionId: session.id, signatories: signatories.length } });
      return convention;
    });
  }

  @Mutation(() => Convention, { description: "Training organisation: edits the convention; an edit after a signature resets every signature (recorded)" })
  async updateConvention(@Arg("input") input: UpdateConventionInput, @Ctx() ctx: Context): Promise<Convention> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.updateConvention);
    const visible = await visibleOrFail(reader, Convention, input.conventionId, "Convention");
    return journal.run(actorOf(viewer), async (tx) => {
      const { convention, session } = await conventionStep(tx, viewer, clock, visible.id, "updateConvention", "modifier sa convention");
      checkSignatureDates(input, session, clock.today());
      const slotBefore = signatureSlot(convention);
      const changed: string[] = [];
      for (const key of ["title", "body", "signatureOptions", "plannedSignatureDate", "signaturePlace"] as const) {
        const value = input[key];
        if (value === undefined || JSON.stringify(value) === JSON.stringify(convention[key])) continue;
        Object.assign(convention, { [key]: value });
        changed.push(key);
      }
      if (!changed.length) throw new DomainError("NOTHING_TO_CHANGE", "Aucune modification : la convention est déjà ainsi.");
      convention.version += 1;
      const moved = signatureMoved(slotBefore, signatureSlot(convention));
      if (moved) convention.signatureCalendarSequence += 1;
      const signatories = await tx.manager.findBy(ConventionSignatory, { conventionId: convention.id });
      const reset = await tx.manager.update(Signature, { signatoryId: In(signatories.map((s) => s.id)), invalidatedAt: IsNull() }, { invalidatedAt: clock.now() });
      if (convention.status === ConventionStatus.SIGNED) {
        convention.status = convention.draftSentAt ? ConventionStatus.SENT_TO_REGION : ConventionStatus.DRAFT;
        convention.signedAt = null;
      }
      await tx.manager.save(convention);
      await tx.record({ type: "CONVENTION_UPDATED", operationId: session.operationId, payload: { conventionId: convention.id, version: convention.version, changed } });
      if (reset.affected) {
        await tx.record({ type: "CONVENTION_SIGNATURES_RESET", operationId: session.operationId, payload: { conventionId: convention.id, version: convention.version, signaturesReset: reset.affected } });
      }
      // the signatories were told the day (save the date, invitations): they hear it moved, with the updated calendar event
      if (moved && (convention.saveTheDateSentAt || convention.invitationsSentAt)) {
        await tx.record({
          type: "SIGNATURE_DATE_CHANGED", operationId: session.operationId,
          payload: { conventionId: convention.id, plannedSignatureDate: convention.plannedSignatureDate, place: convention.signaturePlace, previous: slotBefore },
        });
      }
      return convention;
    });
  }

  @Mutation(() => Convention, { description: "Training organisation: who attended the signature (partners and trainees); a new list corrects the previous one" })
  async recordSignatureAttendance(@Arg("input") input: SignatureAttendanceInput, @Ctx() ctx: Context): Promise<Convention> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.recordSignatureAttendance);
    const visible = await visibleOrFail(reader, Convention, input.conventionId, "Convention");
    return journal.run(actorOf(viewer), async (tx) => {
      const { convention, session } = await conventionStep(tx, viewer, clock, visible.id, "recordSignatureAttendance", "enregistrer les présents à sa signature");
      if (!(await tx.manager.countBy(Signature, { signatoryId: In((await tx.manager.findBy(ConventionSignatory, { conventionId: convention.id })).map((s) => s.id)), invalidatedAt: IsNull() }))) {
        throw new DomainError("SIGNATURE_NOT_HELD", "Les présents se relèvent à la signature : aucune signature n'a encore été donnée.");
      }
      const attendees = await checkAttendees(tx.manager, session.operationId, session.id, input.attendingOrganisationIds, input.attendingCandidacyIds);
      const previous = convention.signatureAttendanceRecordedAt
        ? { organisations: convention.signatureAttendeeOrganisationIds, trainees: convention.signatureAttendeeCandidacyIds }
        : null;
      convention.signatureAttendeeOrganisationIds = attendees.organisationIds;
      convention.signatureAttendeeCandidacyIds = attendees.candidacyIds;
      convention.signatureAttendanceRecordedAt = clock.now();
      await tx.manager.save(convention);
      await tx.record({
        type: "SIGNATURE_ATTENDANCE_RECORDED", operationId: session.operationId,
        payload: { conventionId: convention.id, organisations: attendees.organisationIds.length, trainees: attendees.candidacyIds.length, previous },
      });
      return convention;
    });
  }

  @Mutation(() => Convention, { description: "J-28: the training organisation proposes signature date options, time and place to the RTF" })
  sendSignatureDateOptions(@Arg("conventionId", () => ID) id: string, @Ctx() ctx: Context) {
    return planningStep(ctx, id, PLANNING.sendSignatureDateOptions);
  }

  @Mutation(() => Convention, { description: "J-20: the training organisation sends the pre-drafted convention and the contact sheet to the RTF" })
  sendConventionDraft(@Arg("conventionId", () => ID) id: string, @Ctx() ctx: Context) {
    return planningStep(ctx, id, PLANNING.sendConventionDraft);
  }

  @Mutation(() => Convention, { description: "The RTF forwards everything to the Region's Cabinet" })
  forwardToCabinet(@Arg("conventionId", () => ID) id: string, @Ctx() ctx: Context) {
    return planningStep(ctx, id, PLANNING.forwardToCabinet);
  }

  @Mutation(() => Convention, { description: "The RTF records that the Cabinet sent the official invitations" })
  recordOfficialInvitations(@Arg("conventionId", () => ID) id: string, @Ctx() ctx: Context) {
    return planningStep(ctx, id, PLANNING.recordOfficialInvitations);
  }

  @Mutation(() => Convention, { description: "The training organisation sends a save the date to the signatories" })
  sendSaveTheDate(@Arg("conventionId", () => ID) id: string, @Ctx() ctx: Context) {
    return planningStep(ctx, id, PLANNING.sendSaveTheDate);
  }

  @Mutation(() => Convention, { description: "A signatory signs for its organisation; the convention is signed when every required signatory has" })
  async signConvention(@Arg("conventionId", () => ID) id: string, @Ctx() ctx: Context): Promise<Convention> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.signConvention);
    const visible = await visibleOrFail(reader, Convention, id, "Convention");
    return journal.run(actorOf(viewer), async (tx) => {
      const { convention, session } = await conventionStep(tx, viewer, clock, visible.id, "signConvention", null);
      if (convention.status === ConventionStatus.SIGNED) throw new DomainError("ALREADY_SIGNED", "La convention est déjà signée par tous ses signataires.");
      assertSignatureDay(clock.today(), session, convention);
      const signatories = await tx.manager.findBy(ConventionSignatory, { conventionId: convention.id });
      const mine = signatories.find((s) => s.organisationId === viewer.organisationId);
      if (!mine) throw forbidden("Votre organisation n'est pas signataire de cette convention.");
      const valid = await tx.manager.findBy(Signature, { signatoryId: In(signatories.map((s) => s.id)), invalidatedAt: IsNull(), conventionVersion: convention.version });
      if (valid.some((s) => s.signatoryId === mine.id)) throw new DomainError("ALREADY_SIGNED", "Votre organisation a déjà signé cette version de la convention.");
      await tx.manager.save(Signature, { signatoryId: mine.id, conventionVersion: convention.version, signedByUserId: viewer.userId, signedAt: clock.now() });
      const outstanding = outstandingSignatories(signatories, [...valid.map((s) => s.signatoryId), mine.id]);
      await tx.record({ type: "CONVENTION_SIGNED_BY_PARTNER", operationId: session.operationId, payload: { conventionId: convention.id, version: convention.version, organisationId: viewer.organisationId, outstanding: outstanding.length } });
      await completeIfSigned(tx, convention, session.operationId, clock.now());
      return convention;
    });
  }
}

/**
 * Signature dates (options and the planned date) fall within the session, or before its start on
 * the planned day, never after its end; none in the past. A planned date of null clears it.
 */
function checkSignatureDates(input: UpdateConventionInput, session: TrainingSession, today: string): void {
  const checkDay = (field: string, date: string) => {
    if (!isValidCalendarDate(date)) throw badInput(field, "date invalide (AAAA-MM-JJ)");
    if (date > session.endDate) throw badInput(field, `la convention se signe avant la fin de la session (${frenchDate(session.endDate)})`);
    if (date < today) throw badInput(field, `date passée (${frenchDate(date)})`);
  };
  for (const option of input.signatureOptions ?? []) {
    checkDay("signatureOptions", option.date);
    if (!TIME.test(option.startTime)) throw badInput("signatureOptions", `heure de début invalide (« ${option.startTime} », format HH:MM)`);
    if (option.endTime != null && (!TIME.test(option.endTime) || option.endTime <= option.startTime)) {
      throw badInput("signatureOptions", "l'heure de fin (HH:MM) doit suivre l'heure de début");
    }
  }
  if (input.plannedSignatureDate) checkDay("plannedSignatureDate", input.plannedSignatureDate);
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A signature only while the session runs, or before its start on the planned signature date. */
function assertSignatureDay(today: string, session: TrainingSession, convention: Convention): void {
  if (today > session.endDate) throw new DomainError("SIGNATURE_AFTER_END", `La convention se signe avant la fin de la session (${frenchDate(session.endDate)}).`);
  if (today < session.startDate && today !== convention.plannedSignatureDate) {
    throw new DomainError("SIGNATURE_NOT_OPEN", convention.plannedSignatureDate
      ? `Avant le démarrage de la session (${frenchDate(session.startDate)}), la convention se signe le jour prévu : ${frenchDate(convention.plannedSignatureDate)}.`
      : `La session n'a pas démarré (${frenchDate(session.startDate)}) et aucune date de signature n'est arrêtée.`);
  }
}

async function planningStep(ctx: Context, conventionId: string, step: PlanningStep): Promise<Convention> {
  const { viewer, reader, journal, clock } = authenticated(ctx);
  assertAllowed(viewer, PERMISSIONS[step.action]);
  const visible = await visibleOrFail(reader, Convention, conventionId, "Convention");
  return journal.run(actorOf(viewer), async (tx) => {
    const { convention, session } = await conventionStep(tx, viewer, clock, visible.id, step.action, "organiser la signature de sa convention");
    if (convention[step.stamp]) throw new DomainError("STEP_ALREADY_DONE", "Cette étape de l'organisation de la signature est déjà faite.");
    const missing = step.check(convention);
    if (missing) throw new DomainError("STEP_NOT_READY", missing);
    convention[step.stamp] = clock.now();
    if (step.stamp === "draftSentAt" && convention.status === ConventionStatus.DRAFT) convention.status = ConventionStatus.SENT_TO_REGION;
    await tx.manager.save(convention);
    // J-28: the options carry the session's EOS number and title, each date with its times
    await tx.record({
      type: step.event, operationId: session.operationId,
      payload: {
        conventionId: convention.id, sessionTitle: session.title, eosNumber: session.eosNumber, signatureOptions: convention.signatureOptions,
        plannedSignatureDate: convention.plannedSignatureDate, place: convention.signaturePlace,
      },
    });
    return convention;
  });
}

