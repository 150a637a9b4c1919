import type { ProgrammeRules } from "./programme-rules.js";

/**
 * Why a company cannot be the employer of a session under these rules, or null when it can.
 * 1 emploi = 1 formation excludes SIAE employers (integration enterprises).
 */
export function employerRefusal(rules: ProgrammeRules, company: { isSiae: boolean; name: string }): string | null {
  if (!rules.excludesSiaeEmployers || !company.isSiae) return null;
  return (
    "1 emploi = 1 formation : une session ne peut pas déboucher sur un emploi en SIAE " +
    `(Structure d'insertion par l'activité économique : ${company.name})`
  );
}
