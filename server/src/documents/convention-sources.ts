import { In, type EntityManager } from "typeorm";
import { OrganisationKind } from "../domain/kinds.js";
import { HiringIntentionStatus } from "../domain/vocabulary.js";
import { ConventionSignatory } from "../entities/convention-signatory.js";
import type { Convention } from "../entities/convention.js";
import { HiringIntention } from "../entities/hiring-intention.js";
import { Operation } from "../entities/operation.js";
import { Organisation } from "../entities/organisation.js";
import { Programme } from "../entities/programme.js";
import { Signature } from "../entities/signature.js";
import { TrainingSession } from "../entities/training-session.js";
import type { User } from "../entities/user.js";
import { REGION_NAMES } from "./labels.js";
import { byId, contactsOf, usersByIds } from "./sources.js";

export interface Party {
  signatory: ConventionSignatory;
  organisation: Organisation;
  /** who speaks for it, its representative first */
  contacts: User[];
}

export interface GivenSignature {
  signature: Signature;
  organisation: Organisation;
  signer: User | undefined;
}

/** Everything a convention's documents (the convention, its contact sheet) are made of. */
export interface ConventionSources {
  convention: Convention;
  session: TrainingSession;
  operation: Operation;
  programme: Programme;
  regionName: string;
  trainingOrganisation: Organisation | undefined;
  /** the signatories still on the team, in the order of the partner kinds */
  parties: Party[];
  /** the session's hiring intentions still standing, with their company */
  intentions: { intention: HiringIntention; company: Organisation | undefined }[];
  /** every signature given, of every version, oldest first */
  signatures: GivenSignature[];
}

const KIND_ORDER = Object.values(OrganisationKind);

/** The sources of several conventions in a fixed number of queries, however many conventions. */
export async function loadConventionSources(manager: EntityManager, conventions: Convention[]): Promise<Map<string, ConventionSources>> {
  if (!conventions.length) return new Map();
  const sessions = await byId(manager.findBy(TrainingSession, { id: In(conventions.map((c) => c.trainingSessionId)) }));
  const operations = await byId(manager.findBy(Operation, { id: In([...sessions.values()].map((s) => s.operationId)) }));
  const programmes = await byId(manager.findBy(Programme, { id: In([...operations.values()].map((o) => o.programmeId)) }));
  const regions = await manager.find(Organisation, { where: { kind: OrganisationKind.REGION, territory: In([...operations.values()].map((o) => o.territory)) }, order: { createdAt: "ASC", id: "ASC" } });
  const signatories = await manager.find(ConventionSignatory, { where: { conventionId: In(conventions.map((c) => c.id)) }, order: { addedAt: "ASC", id: "ASC" } });
  const intentions = await manager.find(HiringIntention, { where: { trainingSessionId: In([...sessions.keys()]), status: HiringIntentionStatus.SUBMITTED }, order: { receivedAt: "ASC", id: "ASC" } });
  const organisationIds = [...signatories.map((s) => s.organisationId), ...intentions.map((i) => i.companyId), ...[...sessions.values()].map((s) => s.trainingOrganisationId)];
  const organisations = await byId(manager.findBy(Organisation, { id: In([...new Set(organisationIds)]) }));
  const contacts = await contactsOf(manager, [...organisations.values()]);
  const signatures = signatories.length ? await manager.find(Signature, { where: { signatoryId: In(signatories.map((s) => s.id)) }, order: { signedAt: "ASC", id: "ASC" } }) : [];
  const signers = await usersByIds(manager, signatures.map((s) => s.signedByUserId));

  const result = new Map<string, ConventionSources>();
  for (const convention of conventions) {
    const session = sessions.get(convention.trainingSessionId);
    const operation = session && operations.get(session.operationId);
    const programme = operation && programmes.get(operation.programmeId);
    if (!session || !operation || !programme) continue;
    const own = signatories.filter((s) => s.conventionId === convention.id);
    const parties = own
      .filter((s) => !s.withdrawnAt && organisations.has(s.organisationId))
      .map((signatory) => ({ signatory, organisation: organisations.get(signatory.organisationId)!, contacts: contacts.get(signatory.organisationId) ?? [] }))
      .sort((a, b) => KIND_ORDER.indexOf(a.organisation.kind) - KIND_ORDER.indexOf(b.organisation.kind) || a.organisation.name.localeCompare(b.organisation.name, "fr"));
    result.set(convention.id, {
      convention, session, operation, programme,
      regionName: regions.find((r) => r.territory === operation.territory)?.name ?? REGION_NAMES[operation.territory],
      trainingOrganisation: organisations.get(session.trainingOrganisationId),
      parties,
      intentions: intentions.filter((i) => i.trainingSessionId === session.id).map((intention) => ({ intention, company: organisations.get(intention.companyId) })),
      signatures: signatures
        .map((signature) => ({ signature, signatory: own.find((s) => s.id === signature.signatoryId) }))
        .filter((g): g is { signature: Signature; signatory: ConventionSignatory } => !!g.signatory && organisations.has(g.signatory.organisationId))
        .map(({ signature, signatory }) => ({ signature, organisation: organisations.get(signatory.organisationId)!, signer: signers.get(signature.signedByUserId) })),
    });
  }
  return result;
}

/** One convention's sources. */
export async function conventionSources(manager: EntityManager, convention: Convention): Promise<ConventionSources> {
  const sources = (await loadConventionSources(manager, [convention])).get(convention.id);
  if (!sources) throw new Error(`Convention ${convention.id}: session, operation or programme missing`);
  return sources;
}
