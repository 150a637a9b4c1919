import { In, type EntityManager } from "typeorm";
import type { Convention } from "../entities/convention.js";
import { DocumentVersion, type FrozenDocumentKind } from "../entities/document-version.js";
import { conventionSources } from "./convention-sources.js";
import { conventionModel } from "./convention.js";
import { sha256 } from "./model.js";
import { renderPdf } from "./render.js";

/**
 * Freezes the convention its last signature has just completed: the PDF of this version, with its
 * signatures, is kept byte for byte. Runs in the signing transaction, whose event names it; a later
 * edit makes a new version, frozen in turn when signed, and this one stays as it is.
 */
export async function freezeSignedConvention(manager: EntityManager, convention: Convention): Promise<DocumentVersion> {
  const kept = await manager.findOneBy(DocumentVersion, { kind: "CONVENTION", subjectId: convention.id, version: convention.version });
  if (kept) return kept;
  const content = await renderPdf(conventionModel(await conventionSources(manager, convention)));
  return manager.save(DocumentVersion, manager.create(DocumentVersion, {
    kind: "CONVENTION", subjectId: convention.id, version: convention.version, sha256: sha256(content), sizeBytes: content.length, content,
  }));
}

/** One frozen version with its bytes, or null. */
export function frozenDocument(manager: EntityManager, kind: FrozenDocumentKind, subjectId: string, version: number): Promise<DocumentVersion | null> {
  return manager.getRepository(DocumentVersion).createQueryBuilder("d").addSelect("d.content")
    .where("d.kind = :kind AND d.subject_id = :subjectId AND d.version = :version", { kind, subjectId, version })
    .getOne();
}

/** The frozen versions of several subjects (without their bytes), oldest first. */
export async function frozenVersions(manager: EntityManager, kind: FrozenDocumentKind, subjectIds: readonly string[]): Promise<DocumentVersion[][]> {
  const rows = await manager.find(DocumentVersion, { where: { kind, subjectId: In([...subjectIds]) }, order: { version: "ASC" } });
  return subjectIds.map((id) => rows.filter((r) => r.subjectId === id));
}
