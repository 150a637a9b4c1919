import { In, IsNull, type EntityManager } from "typeorm";
import { MemberRole, OrganisationKind, type Territory } from "../domain/kinds.js";
import { Operation } from "../entities/operation.js";
import { Organisation } from "../entities/organisation.js";
import { Programme } from "../entities/programme.js";
import { User } from "../entities/user.js";
import { REGION_NAMES } from "./labels.js";

/**
 * The look-ups documents share. A document is one whole: once the viewer may see its subject (the
 * router and the resolvers check it through the access policy), it is read in full, as the
 * partners who sign or receive it read it.
 */

/** The Region of a territory, as its organisation is named on the platform. */
export async function regionName(manager: EntityManager, territory: Territory): Promise<string> {
  const region = await manager.findOne(Organisation, { where: { kind: OrganisationKind.REGION, territory }, order: { createdAt: "ASC", id: "ASC" } });
  return region?.name ?? REGION_NAMES[territory];
}

export async function operationAndProgramme(manager: EntityManager, operationId: string): Promise<{ operation: Operation; programme: Programme }> {
  const operation = await manager.findOneByOrFail(Operation, { id: operationId });
  return { operation, programme: await manager.findOneByOrFail(Programme, { id: operation.programmeId }) };
}

export async function byId<T extends { id: string }>(rows: Promise<T[]>): Promise<Map<string, T>> {
  return new Map((await rows).map((row) => [row.id, row]));
}

export function usersByIds(manager: EntityManager, ids: (string | null)[]): Promise<Map<string, User>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  return byId(wanted.length ? manager.findBy(User, { id: In(wanted) }) : Promise.resolve([]));
}

const REGION_CONTACT_ROLES = [MemberRole.ELECTED_REPRESENTATIVE, MemberRole.TERRITORIAL_REFERENT];
const MAX_CONTACTS = 3;

/**
 * Who speaks for each organisation, first the one who represents it: for the Region its elected
 * representative then its territorial referent (RTF); for the others their administrators. An
 * organisation with none of them is reached through its oldest active account.
 */
export async function contactsOf(manager: EntityManager, organisations: Organisation[]): Promise<Map<string, User[]>> {
  const ids = organisations.map((o) => o.id);
  const users = ids.length ? await manager.find(User, { where: { organisationId: In(ids), deactivatedAt: IsNull() }, order: { createdAt: "ASC", id: "ASC" } }) : [];
  const contacts = new Map<string, User[]>();
  for (const organisation of organisations) {
    const members = users.filter((u) => u.organisationId === organisation.id);
    const chosen = organisation.kind === OrganisationKind.REGION
      ? REGION_CONTACT_ROLES.flatMap((role) => members.filter((u) => u.role === role))
      : members.filter((u) => u.isAdmin);
    contacts.set(organisation.id, (chosen.length ? chosen : members.slice(0, 1)).slice(0, MAX_CONTACTS));
  }
  return contacts;
}
