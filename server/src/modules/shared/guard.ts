import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { ScopedReader } from "../../access/reader.js";
import type { Viewer } from "../../access/viewer.js";
import { OrganisationKind } from "../../domain/kinds.js";
import { isAllowed, whoMay, type Permission } from "../../domain/permissions.js";
import { OperationStatus } from "../../domain/vocabulary.js";
import { Operation } from "../../entities/operation.js";
import { Candidacy } from "../../entities/candidacy.js";
import { TrainingSession } from "../../entities/training-session.js";
import { badInput, DomainError, notFound } from "../../graphql/errors.js";
import type { Actor } from "../../realtime/journal.js";

export const actorOf = (viewer: Viewer): Actor => ({ userId: viewer.userId, organisationId: viewer.organisationId });

export function forbidden(message: string): DomainError {
  return new DomainError("FORBIDDEN", message);
}

/** Refuses an action the viewer's partner kind (or Region role) may not take. */
export function assertAllowed(viewer: Viewer, permission: Permission): void {
  if (!isAllowed(permission, viewer.kind, viewer.role)) {
    throw forbidden(`Action réservée à : ${whoMay(permission)} (${permission.label}).`);
  }
}

/** A row the viewer may see, or NOT_FOUND: the same answer whether it is absent or hidden. */
export async function visibleOrFail<T extends ObjectLiteral>(reader: ScopedReader, entity: EntityTarget<T>, id: string, what: string): Promise<T> {
  const row = await reader.one(entity, id);
  if (!row) throw notFound(what);
  return row;
}

/** The row, locked for the rest of the transaction: two partners acting at once are serialised. */
export async function locked<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, id: string): Promise<T> {
  return manager.getRepository(entity).createQueryBuilder("a").setLock("pessimistic_write").where("a.id = :id", { id }).getOneOrFail();
}

/** A closed operation is read-only. */
export async function assertOperationOpen(manager: EntityManager, operationId: string): Promise<Operation> {
  const operation = await locked(manager, Operation, operationId);
  if (operation.status === OperationStatus.CLOSED) {
    throw new DomainError("OPERATION_CLOSED", `Opération clôturée (« ${operation.title} ») : elle ne peut plus être modifiée.`);
  }
  return operation;
}

/** Session-level actions belong to the training organisation that runs the session. */
export function assertRunsSession(viewer: Viewer, session: TrainingSession, label: string): void {
  if (viewer.kind === OrganisationKind.TRAINING_ORGANISATION && session.trainingOrganisationId !== viewer.organisationId) {
    throw forbidden(`Seul l'organisme de formation de la session « ${session.title} » peut ${label}.`);
  }
}

export function requireReason(field: string, value: string | null | undefined): string {
  const text = value?.trim();
  if (!text) throw badInput(field, "un motif est obligatoire");
  return text;
}

/** A candidacy the viewer may see, with its session. */
export async function visibleCandidacy(reader: ScopedReader, candidacyId: string): Promise<{ candidacy: Candidacy; session: TrainingSession }> {
  const candidacy = await visibleOrFail(reader, Candidacy, candidacyId, "Candidature");
  return { candidacy, session: await visibleOrFail(reader, TrainingSession, candidacy.trainingSessionId, "Session") };
}
