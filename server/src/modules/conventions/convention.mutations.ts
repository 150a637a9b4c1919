import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { In, IsNull } from "typeorm";
import type { Viewer } from "../../access/viewer.js";
import { frenchDate, isValidCalendarDate } from "../../domain/calendar.js";
import { ORGANISATION_KIND_LABELS } from "../../domain/kinds.js";
import { PERMISSIONS, type Permission } from "../../domain/permissions.js";
import { missingSignatoryKinds, requiredSignatories } from "../../domain/signatories.js";
import { ConventionStatus, HiringIntentionStatus } from "../../domain/vocabulary.js";
import { ConventionSignatory } from "../../entities/convention-signatory.js";
import { Convention } from "../../entities/convention.js";
import { HiringIntention } from "../../entities/hiring-intention.js";
import { Organisation } from "../../entities/organisation.js";
import { Programme } from "../../entities/programme.js";
import { Signature } from "../../entities/signature.js";
import { TeamMembership } from "../../entities/team-membership.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { badInput, DomainError } from "../../graphql/errors.js";
import type { EventType } from "../../domain/event-audience.js";
import type { MutationTransaction } from "../../realtime/journal.js";
import { actorOf, assertAllowed, assertOperationOpen, assertRunsSession, forbidden, locked, visibleOrFail } from "../shared/guard.js";
import { draftConventionText } from "./convention-text.js";
import { UpdateConventionInput } from "./convention.inputs.js";

type PlanningStamp = "dateOptionsSentAt" | "draftSentAt" | "forwardedToCabinetAt" | "invitationsSentAt" | "saveTheDateSentAt";

/** One step of the signature organisation: who does it, what it needs first, which event it writes. */
interface PlanningStep {
  permission: Permission;
  stamp: PlanningStamp;
  event: EventType;
  check(convention: Convention): string | null;
}

const PLANNING: Record<string, PlanningStep> = {
  sendSignatureDateOptions: {
    permission: PERMISSIONS.sendSignatureDateOptions, stamp: "dateOptionsSentAt", event: "SIGNATURE_DATE_OPTIONS_SENT",
    check: (c) => (c.signatureDateOptions.length && c.signaturePlace ? null : "Indiquez d'abord les options de date et le lieu de signature."),
  },
  sendConventionDraft: {
    permission: PERMISSIONS.sendConventionDraft, stamp: "draftSentAt", event: "CONVENTION_DRAFT_SENT",
    check: () => null,
  },
  forwardToCabinet: {
    permission: PERMISSIONS.forwardToCabinet, stamp: "forwardedToCabinetAt", event: "CONVENTION_FORWARDED_TO_CABINET",
    check: (c) => (c.draftSentAt ? null : "Le projet de convention et la fiche contact n'ont pas encore été transmis au RTF."),
  },
  recordOfficialInvitations: {
    permission: PERMISSIONS.recordOfficialInvitations, stamp: "invitationsSentAt", event: "OFFICIAL_INVITATIONS_SENT",
    check: (c) => (!c.forwardedToCabinetAt ? "Le dossier n'a pas encore été transmis au Cabinet." : c.plannedSignatureDate ? null : "La date de signature n'est pas encore arrêtée."),
  },
  sendSaveTheDate: {
    permission: PERMISSIONS.sendSaveTheDate, stamp: "saveTheDateSentAt", event: "SAVE_THE_DATE_SENT",
    check: (c) => (c.plannedSignatureDate ? null : "La date de signature n'est pas encore arrêtée."),
  },
};

async function sessionOf(tx: MutationTransaction, convention: Convention): Promise<TrainingSession> {
  return tx.manager.findOneByOrFail(TrainingSession, { id: convention.trainingSessionId });
}

@Resolver()
export class ConventionMutations {
  @Mutation(() => Convention, { description: "Training organisation: pre-drafts the convention from the data; signatories computed from the team" })
  async draftConvention(@Arg("trainingSessionId", () => ID) trainingSessionId: string, @Ctx() ctx: Context): Promise<Convention> {
    const { viewer, reader, journal } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.draftConvention);
    const session = await visibleOrFail(reader, TrainingSession, trainingSessionId, "Session");
    assertRunsSession(viewer, session, "pré-rédiger sa convention");
    return journal.run(actorOf(viewer), async (tx) => {
      const operation = await assertOperationOpen(tx.manager, session.operationId);
      if (await tx.manager.findOneBy(Convention, { trainingSessionId: session.id })) throw new DomainError("CONVENTION_EXISTS", "La convention de cette session existe déjà : modifiez-la.");
      const programme = await tx.manager.findOneByOrFail(Programme, { id: operation.programmeId });
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
      const convention = await tx.manager.save(Convention, { trainingSessionId: session.id, ...text, signatureDateOptions: [], plannedSignatureDate: null, signaturePlace: null });
      for (const s of signatories) await tx.manager.save(ConventionSignatory, { conventionId: convention.id, organisationId: s.organisationId, required: s.required });
      await tx.record({ type: "CONVENTION_DRAFTED", operationId: operation.id, payload: { conventionId: convention.id, trainingSessionId: session.id, signatories: signatories.length } });
      return convention;
    });
  }

  @Mutation(() => Convention, { description: "Training organisation: edits the convention; an edit after a signature resets every signature (recorded)" })
  async updateConvention(@Arg("input") input: UpdateConventionInput, @Ctx() ctx: Context): Promise<Convention> {
    const { viewer, reader, journal } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.updateConvention);
    const visible = await visibleOrFail(reader, Convention, input.conventionId, "Convention");
    for (const [field, date] of [["plannedSignatureDate", input.plannedSignatureDate], ...(input.signatureDateOptions ?? []).map((d) => ["signatureDateOptions", d])] as [string, string | undefined][]) {
      if (date !== undefined && !isValidCalendarDate(date)) throw badInput(field, "date invalide (AAAA-MM-JJ)");
    }
    return journal.run(actorOf(viewer), async (tx) => {
      const convention = await locked(tx.manager, Convention, visible.id);
      const session = await sessionOf(tx, convention);
      assertRunsSession(viewer, session, "modifier sa convention");
      await assertOperationOpen(tx.manager, session.operationId);
      const changed: string[] = [];
      for (const key of ["title", "body", "signatureDateOptions", "plannedSignatureDate", "signaturePlace"] as const) {
        const value = input[key];
        if (value === undefined || JSON.stringify(value) === JSON.stringify(convention[key])) continue;
        Object.assign(convention, { [key]: value });
        changed.push(key);
      }
      if (!changed.length) throw new DomainError("NOTHING_TO_CHANGE", "Aucune modification : la convention est déjà ainsi.");
      convention.version += 1;
      const signatories = await tx.manager.findBy(ConventionSignatory, { conventionId: convention.id });
      const reset = await tx.manager.update(Signature, { signatoryId: In(signatories.map((s) => s.id)), invalidatedAt: IsNull() }, { invalidatedAt: new Date() });
      if (convention.status === ConventionStatus.SIGNED) {
        convention.status = convention.draftSentAt ? ConventionStatus.SENT_TO_REGION : ConventionStatus.DRAFT;
        convention.signedAt = null;
      }
      await tx.manager.save(convention);
      await tx.record({ type: "CONVENTION_UPDATED", operationId: session.operationId, payload: { conventionId: convention.id, version: convention.version, changed } });
      if (reset.affected) {
        await tx.record({ type: "CONVENTION_SIGNATURES_RESET", operationId: session.operationId, payload: { conventionId: convention.id, version: convention.version, signaturesReset: reset.affected } });
      }
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
      const convention = await locked(tx.manager, Convention, visible.id);
      const session = await sessionOf(tx, convention);
      await assertOperationOpen(tx.manager, session.operationId);
      assertSignatureDay(clock.today(), session, convention);
      const signatories = await tx.manager.findBy(ConventionSignatory, { conventionId: convention.id });
      const mine = signatories.find((s) => s.organisationId === viewer.organisationId);
      if (!mine) throw forbidden("Votre organisation n'est pas signataire de cette convention.");
      const valid = await tx.manager.findBy(Signature, { signatoryId: In(signatories.map((s) => s.id)), invalidatedAt: IsNull(), conventionVersion: convention.version });
      if (valid.some((s) => s.signatoryId === mine.id)) throw new DomainError("ALREADY_SIGNED", "Votre organisation a déjà signé cette version de la convention.");
      await tx.manager.save(Signature, { signatoryId: mine.id, conventionVersion: convention.version, signedByUserId: viewer.userId });
      const signed = new Set([...valid.map((s) => s.signatoryId), mine.id]);
      const outstanding = signatories.filter((s) => s.required && !signed.has(s.id));
      await tx.record({ type: "CONVENTION_SIGNED_BY_PARTNER", operationId: session.operationId, payload: { conventionId: convention.id, version: convention.version, organisationId: viewer.organisationId, outstanding: outstanding.length } });
      if (outstanding.length === 0) {
        convention.status = ConventionStatus.SIGNED;
        convention.signedAt = new Date();
        await tx.manager.save(convention);
        await tx.record({ type: "CONVENTION_SIGNED", operationId: session.operationId, payload: { conventionId: convention.id, version: convention.version } });
      }
      return convention;
    });
  }
}

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
  const { viewer, reader, journal } = authenticated(ctx);
  assertAllowed(viewer, step.permission);
  const visible = await visibleOrFail(reader, Convention, conventionId, "Convention");
  return journal.run(actorOf(viewer), async (tx) => {
    const convention = await locked(tx.manager, Convention, visible.id);
    const session = await sessionOf(tx, convention);
    assertSessionOwnerWhenOf(viewer, session);
    await assertOperationOpen(tx.manager, session.operationId);
    if (convention[step.stamp]) throw new DomainError("STEP_ALREADY_DONE", "Cette étape de l'organisation de la signature est déjà faite.");
    const missing = step.check(convention);
    if (missing) throw new DomainError("STEP_NOT_READY", missing);
    convention[step.stamp] = new Date();
    if (step.stamp === "draftSentAt" && convention.status === ConventionStatus.DRAFT) convention.status = ConventionStatus.SENT_TO_REGION;
    await tx.manager.save(convention);
    await tx.record({ type: step.event, operationId: session.operationId, payload: { conventionId: convention.id, signatureDateOptions: convention.signatureDateOptions, plannedSignatureDate: convention.plannedSignatureDate, place: convention.signaturePlace } });
    return convention;
  });
}

function assertSessionOwnerWhenOf(viewer: Viewer, session: TrainingSession): void {
  assertRunsSession(viewer, session, "organiser la signature de sa convention");
}
