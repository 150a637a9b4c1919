import { ContractType } from "./vocabulary.js";

/** What users read for each contract type. */
export const CONTRACT_TYPE_LABELS: Record<ContractType, string> = {
  CDI: "CDI",
  CDD: "CDD",
  CTT: "CTT (intérim)",
  APPRENTICESHIP: "contrat d'apprentissage",
  PROFESSIONALISATION: "contrat de professionnalisation",
  POEI: "POEI",
  POEC: "POEC",
};

/**
 * A job is durable when it is a CDI (whatever its duration), or any other contract of at least
 * `minimumMonths` months (6 in both programmes). An unknown duration is not durable.
 */
export function isDurableEmployment(
  contractType: ContractType,
  durationMonths: number | null,
  minimumMonths: number,
): boolean {
  if (contractType === ContractType.CDI) return true;
  return durationMonths !== null && durationMonths >= minimumMonths;
}

/** One French sentence telling the user whether the job is durable, and why. */
export function durabilityExplanation(
  contractType: ContractType,
  durationMonths: number | null,
  minimumMonths: number,
): string {
  if (contractType === ContractType.CDI) return "CDI : emploi durable quelle que soit sa durée";
  const label = capitalise(CONTRACT_TYPE_LABELS[contractType]);
  const subject = durationMonths === null ? `${label} sans durée renseignée` : `${label} de ${durationMonths} mois`;
  return isDurableEmployment(contractType, durationMonths, minimumMonths)
    ? `${subject} : emploi durable (${minimumMonths} mois minimum)`
    : `${subject} : emploi non durable (${minimumMonths} mois minimum), dérogation de la Région nécessaire`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
