import { In, IsNull } from "typeorm";
import { freezeSignedConvention } from "../../documents/frozen.js";
import { ConventionStatus } from "../../domain/vocabulary.js";
import { ConventionSignatory } from "../../entities/convention-signatory.js";
import { Convention } from "../../entities/convention.js";
import { Signature } from "../../entities/signature.js";
import { TrainingSession } from "../../entities/training-session.js";
import type { MutationTransaction } from "../../realtime/journal.js";

/** Required signatories still on the team who have not signed the current version. */
export function outstandingSignatories(signatories: ConventionSignatory[], signedIds: string[]): ConventionSignatory[] {
  const signed = new Set(signedIds);
  return signatories.filter((s) => s.required && !s.withdrawnAt && !signed.has(s.id));
}

/** The convention is signed once every required signatory still on the team has signed its version; that version is then frozen. */
export async function completeIfSigned(tx: MutationTransaction, convention: Convention, operationId: string, now: Date): Promise<void> {
  if (convention.status === ConventionStatus.SIGNED) return;
  const signatories = await tx.manager.findBy(ConventionSignatory, { conventionId: convention.id });
  const valid = await tx.manager.findBy(Signature, { signatoryId: In(signatories.map((s) => s.id)), invalidatedAt: IsNull(), conventionVersion: convention.version });
  if (valid.length === 0 || outstandingSignatories(signatories, valid.map((s) => s.signatoryId)).length > 0) return;
  convention.status = ConventionStatus.SIGNED;
  convention.signedAt = now;
  await tx.manager.save(convention);
  // the signed version is frozen: its PDF kept byte for byte, named by the event
  const document = await freezeSignedConvention(tx.manager, convention);
  await tx.record({ type: "CONVENTION_SIGNED", operationId, payload: { conventionId: convention.id, version: convention.version, document: { id: document.id, sha256: document.sha256 } } });
}

/**
 * The team changed: a partner that joins becomes a signatory of the operation's conventions not
 * yet signed (a signed convention is not reopened); one that leaves is no longer awaited, its
 * signatures kept as history, and a convention that waited only for it is signed.
 */
export async function followTeamChange(
  tx: MutationTransaction,
  operationId: string,
  organisationId: string,
  change: { joined: true; required: boolean } | { joined: false },
  now: Date,
): Promise<void> {
  const conventions: Convention[] = await tx.manager
    .getRepository(Convention)
    .createQueryBuilder("cv")
    .innerJoin(TrainingSession, "ts", "ts.id = cv.training_session_id")
    .where("ts.operation_id = :operationId AND cv.status <> :signed", { operationId, signed: ConventionStatus.SIGNED })
    .setLock("pessimistic_write", undefined, ["cv"])
    .getMany();
  for (const convention of conventions) {
    const existing = await tx.manager.findOneBy(ConventionSignatory, { conventionId: convention.id, organisationId });
    if (change.joined) {
      if (existing && !existing.withdrawnAt) continue;
      const signatory = await tx.manager.save(ConventionSignatory, { ...(existing ?? { conventionId: convention.id, organisationId }), required: change.required, addedAt: now, withdrawnAt: null });
      await tx.record({ type: "CONVENTION_SIGNATORY_ADDED", operationId, payload: { conventionId: convention.id, signatoryId: signatory.id, organisationId, required: change.required } });
    } else {
      if (!existing || existing.withdrawnAt) continue;
      existing.withdrawnAt = now;
      await tx.manager.save(existing);
      await tx.record({ type: "CONVENTION_SIGNATORY_WITHDRAWN", operationId, payload: { conventionId: convention.id, signatoryId: existing.id, organisationId } });
      await completeIfSigned(tx, convention, operationId, now);
    }
  }
}
