import { CONTRACT_TYPE_LABELS } from "../domain/durable-employment.js";
import { listing } from "../domain/french.js";
import { Territory } from "../domain/kinds.js";
import { CertificationLevel, CompanyCommitment, ContractType } from "../domain/vocabulary.js";

/** The words the documents use for the API's codes. */

export const REGION_NAMES: Record<Territory, string> = {
  CENTRE_VAL_DE_LOIRE: "Région Centre-Val de Loire",
  PAYS_DE_LA_LOIRE: "Région Pays de la Loire",
};

export const CERTIFICATION_LEVEL_LABELS: Record<CertificationLevel, string> = {
  FULL: "certification complète",
  SKILLS_BLOCK: "bloc de compétences",
  SPECIFIC_REGISTER: "certification du répertoire spécifique",
  NONE: "sans certification",
};

/** « participer aux informations collectives, à la sélection des candidats… » */
const COMMITMENT_PHRASES: Record<CompanyCommitment, string> = {
  INFORMATION_SESSIONS: "aux informations collectives",
  SELECTION: "à la sélection des candidats",
  IMMERSIONS: "à l'accueil des stagiaires en immersion",
  FINAL_REVIEW: "au bilan final",
  HIRING_INTERVIEW: "aux entretiens d'embauche",
};

export function commitmentPhrase(steps: CompanyCommitment[]): string {
  return listing(Object.values(CompanyCommitment).filter((s) => steps.includes(s)).map((s) => COMMITMENT_PHRASES[s]));
}

/** « CDI », « CDD de 12 mois », « contrat d'apprentissage de 24 mois » */
export function contractLabel(type: ContractType, months: number | null): string {
  return months ? `${CONTRACT_TYPE_LABELS[type]} de ${months} mois` : CONTRACT_TYPE_LABELS[type];
}

/** Who a person is: « Prénom Nom » */
export const fullName = (user: { firstName: string; lastName: string }): string => `${user.firstName} ${user.lastName}`.trim();
