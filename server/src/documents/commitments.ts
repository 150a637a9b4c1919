import { count, listing } from "../domain/french.js";
import { OrganisationKind } from "../domain/kinds.js";

/**
 * What each partner commits to by signing the DEFI convention. The training organisation's list
 * is seed 001's (« l'organisme de formation est signataire de la convention DEFI, et s'engage par
 * cet intermédiaire à »); the others' are the roles the process sheet (seed 000) and DOMAIN.md
 * give each partner kind.
 */
export function commitmentsOf(kind: OrganisationKind, facts: { followUpMonths: number[]; fundedPlaces: number }): string[] {
  const months = listing(facts.followUpMonths.map(String));
  switch (kind) {
    case OrganisationKind.TRAINING_ORGANISATION:
      return [
        "favoriser le recrutement des stagiaires en déployant des moyens de communication et de captation adaptés, associant notamment les entreprises ;",
        "adapter son ingénierie de formation, mettre en place les modalités pédagogiques et contenus de formation permettant le développement des compétences listées dans la convention ;",
        "assurer un dialogue constant avec les employeurs signataires de la présente convention avant, pendant et à l'issue de la formation ;",
        "préparer et accompagner systématiquement les périodes d'immersion dans les entreprises signataires de la convention, et consacrer un temps dédié au retour d'expérience, en individuel ou en collectif, au retour de chaque période de stage ;",
        "favoriser la participation des employeurs ou tuteurs aux temps d'évaluation, de bilans ou de jury de certification ;",
        `assurer le suivi dans l'emploi des personnes, en sortie de formation, à ${months} mois, et réaliser le reporting auprès de la Région ;`,
        "participer au comité de pilotage.",
      ];
    case OrganisationKind.COMPANY:
      return [
        "recruter, au terme de la formation, les stagiaires formés pour les emplois promis : un stagiaire pour une promesse d'emploi ;",
        "participer aux informations collectives et à la sélection des candidats ;",
        "accueillir les stagiaires en immersion (PMSMP, stages) et, le cas échéant, ouvrir son plateau technique à la formation ;",
        "participer au bilan de la formation et mener les entretiens d'embauche.",
      ];
    case OrganisationKind.MISSION_LOCALE:
      return [
        "repérer et orienter vers la session des jeunes correspondant aux emplois promis ;",
        "prendre part au recrutement (informations collectives, méthode de recrutement par simulation, PMSMP) ;",
        "participer au bilan de la formation avec l'équipe projet.",
      ];
    case OrganisationKind.FRANCE_TRAVAIL:
      return [
        "repérer et orienter vers la session des demandeurs d'emploi correspondant aux emplois promis ;",
        "prendre part au recrutement et valider les profils des candidats ;",
        "attester, le cas échéant, du besoin de recrutement des employeurs ;",
        "participer au bilan de la formation avec l'équipe projet.",
      ];
    case OrganisationKind.REGION:
      return [
        "piloter l'opération et appuyer l'organisme de formation à chacune de ses étapes ;",
        `financer ${count(facts.fundedPlaces, "place")} de la session ;`,
        "délivrer, par son référent territorial formation, l'attestation de conformité à la fin de la session ;",
        "verser la prime DEFI à l'organisme de formation qui la demande avec l'attestation de conformité, lorsque la session atteint le seuil de qualification DEFI.",
      ];
  }
}
