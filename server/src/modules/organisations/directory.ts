import type { EntityManager } from "typeorm";
import { GroupementRole, OrganisationKind, type Territory } from "../../domain/kinds.js";
import { isValidSiret, normaliseSiret } from "../../domain/siret.js";
import { Organisation } from "../../entities/organisation.js";
import { badInput, DomainError } from "../../graphql/errors.js";
import type { OrganisationFields } from "./organisation.inputs.js";

const NEEDS_SIRET = new Set([OrganisationKind.COMPANY, OrganisationKind.TRAINING_ORGANISATION]);

/** The fields checked against the organisation's kind, ready to save; refusals name the field and the rule. */
export async function checkedFields(manager: EntityManager, kind: OrganisationKind, territory: Territory, input: OrganisationFields, selfId: string | null): Promise<Partial<Organisation>> {
  const siret = input.siret ? normaliseSiret(input.siret) : null;
  if (NEEDS_SIRET.has(kind) && !siret) throw badInput("siret", "SIRET obligatoire pour une entreprise ou un organisme de formation");
  if (siret && !isValidSiret(siret)) throw badInput("siret", "SIRET invalide : 14 chiffres dont la clé de contrôle est juste");
  if (input.isSiae && kind !== OrganisationKind.COMPANY) throw badInput("isSiae", "seul un employeur peut être une SIAE");
  if (kind !== OrganisationKind.TRAINING_ORGANISATION && (input.groupementRole || input.groupementLeadId)) {
    throw badInput("groupementRole", "seul un organisme de formation appartient à un groupement");
  }
  let groupementLeadId: string | null = null;
  if (input.groupementRole && input.groupementRole !== GroupementRole.LEAD) {
    if (!input.groupementLeadId) throw badInput("groupementLeadId", "un cotraitant ou un sous-traitant nomme son mandataire");
    const lead = await manager.findOneBy(Organisation, { id: input.groupementLeadId });
    if (!lead || lead.territory !== territory || lead.groupementRole !== GroupementRole.LEAD || lead.id === selfId) {
      throw badInput("groupementLeadId", "le mandataire est un organisme de formation mandataire du même territoire");
    }
    groupementLeadId = lead.id;
  } else if (input.groupementLeadId) {
    throw badInput("groupementLeadId", "seuls les cotraitants et sous-traitants ont un mandataire");
  }
  if (siret) await assertSiretFree(manager, siret, territory, selfId);
  return {
    name: input.name.trim(), department: input.department, city: input.city.trim(), siret, isSiae: input.isSiae,
    groupementRole: input.groupementRole ?? null, groupementLeadId,
  };
}

/** One organisation per SIRET: the refusal points to the existing one (by name when it is of the same territory). */
async function assertSiretFree(manager: EntityManager, siret: string, territory: Territory, selfId: string | null): Promise<void> {
  const existing = await manager.findOneBy(Organisation, { siret });
  if (!existing || existing.id === selfId) return;
  const sameTerritory = existing.territory === territory;
  throw new DomainError(
    "DUPLICATE_SIRET",
    sameTerritory
      ? `Le SIRET ${siret} est déjà celui de « ${existing.name} » (${existing.city}) : ajoutez cette organisation plutôt que d'en créer une autre.`
      : `Le SIRET ${siret} est déjà enregistré sur Cordée, dans une autre région.`,
    { fields: [{ field: "siret", rules: ["SIRET déjà enregistré"] }], existingOrganisationId: sameTerritory ? existing.id : null, existingOrganisationName: sameTerritory ? existing.name : null },
  );
}

/** The Region organisations of a territory: members of each of its operations' teams, told of every organisation created there. */
export async function regionIdsOf(manager: EntityManager, territory: Territory): Promise<string[]> {
  return (await manager.findBy(Organisation, { kind: OrganisationKind.REGION, territory })).map((region) => region.id);
}
