import type { EntityManager } from "typeorm";
import type { ScopedReader } from "../access/reader.js";
import { CandidacyStatus, ConventionStatus } from "../domain/vocabulary.js";
import { Candidacy } from "../entities/candidacy.js";
import { Closure } from "../entities/closure.js";
import { Convention } from "../entities/convention.js";
import { PurchaseOrder } from "../entities/purchase-order.js";
import { TrainingSession } from "../entities/training-session.js";
import { attestationModel } from "./attestation.js";
import { bonusRequestModel } from "./bonus-request.js";
import { closureSources } from "./closure-sources.js";
import { contactSheetModel } from "./contact-sheet.js";
import { conventionSources } from "./convention-sources.js";
import { conventionFileName, conventionModel } from "./convention.js";
import { frozenDocument } from "./frozen.js";
import type { DocumentKind, DocumentModel } from "./model.js";
import { purchaseOrderModel } from "./purchase-order.js";
import { renderPdf } from "./render.js";

export interface ServedDocument {
  content: Buffer;
  fileName: string;
  version: number;
}

/** Why a document is not served: the subject is absent or not the viewer's to see, or the document is not issued yet. */
export class Unavailable {
  constructor(readonly message: string) {}
}

export const NOT_FOUND = new Unavailable("Document introuvable : il n'existe pas, ou vous n'y avez pas accès.");

interface Request {
  reader: ScopedReader;
  /** a consistent snapshot of the data, for the whole document */
  manager: EntityManager;
  id: string;
  /** a version asked for (« ?version=n »), or null for the current one */
  version: number | null;
}

type Serve = (request: Request) => Promise<ServedDocument | Unavailable>;

const rendered = async (model: DocumentModel, version: number | null): Promise<ServedDocument | Unavailable> => {
  if (version !== null && version !== model.version) return new Unavailable(`La version ${version} de ce document n'est pas conservée : seule sa version actuelle (${model.version}) l'est.`);
  return { content: await renderPdf(model), fileName: model.fileName, version: model.version };
};

/** Each document: its subject looked up through the access policy, then its bytes. */
export const CATALOGUE: Record<DocumentKind, Serve> = {
  async convention({ reader, manager, id, version }) {
    const convention = await reader.one(Convention, id);
    if (!convention) return NOT_FOUND;
    const wanted = version ?? convention.version;
    const frozen = wanted < convention.version || convention.status === ConventionStatus.SIGNED ? await frozenDocument(manager, "CONVENTION", convention.id, wanted) : null;
    if (frozen) {
      const session = await manager.findOneByOrFail(TrainingSession, { id: convention.trainingSessionId });
      return { content: frozen.content, fileName: conventionFileName(session.title, wanted), version: wanted };
    }
    if (wanted !== convention.version) return new Unavailable(`La version ${wanted} de cette convention n'a pas été signée : seules les versions signées sont conservées.`);
    return rendered(conventionModel(await conventionSources(manager, convention)), null);
  },
  async "contact-sheet"({ reader, manager, id, version }) {
    const convention = await reader.one(Convention, id);
    if (!convention) return NOT_FOUND;
    const trainees = await manager.countBy(Candidacy, { trainingSessionId: convention.trainingSessionId, status: CandidacyStatus.ADMITTED });
    return rendered(contactSheetModel(await conventionSources(manager, convention), trainees), version);
  },
  async attestation({ reader, manager, id, version }) {
    const closure = await reader.one(Closure, id);
    if (!closure) return NOT_FOUND;
    if (!closure.attestationIssuedAt) return new Unavailable("L'attestation de conformité de cette session n'est pas encore délivrée.");
    return rendered(attestationModel(await closureSources(manager, closure), closure.attestationIssuedAt), version);
  },
  async "bonus-request"({ reader, manager, id, version }) {
    const closure = await reader.one(Closure, id);
    if (!closure) return NOT_FOUND;
    if (!closure.bonusRequestedAt || !closure.attestationIssuedAt) return new Unavailable("La prime DEFI de cette session n'est pas encore demandée.");
    const sources = await closureSources(manager, closure);
    return rendered(bonusRequestModel(sources, attestationModel(sources, closure.attestationIssuedAt), closure.bonusRequestedAt), version);
  },
  async "purchase-order"({ reader, manager, id, version }) {
    const order = await reader.one(PurchaseOrder, id);
    if (!order) return NOT_FOUND;
    return rendered(await purchaseOrderModel(manager, order), version);
  },
};

export const isDocumentKind = (kind: string): kind is DocumentKind => Object.hasOwn(CATALOGUE, kind);
