import { count, dateRange, longDateOf, quoted } from "../domain/french.js";
import { MEMBER_ROLE_LABELS } from "../domain/kinds.js";
import type { ClosureSources } from "./closure-sources.js";
import { fullName } from "./labels.js";
import { pdfFileName, type DocumentModel } from "./model.js";

/**
 * The conformity attestation the RTF issues to the training organisation at the closure (seed
 * 000, step 9): the session ran as its convention said; the facts it rests on.
 */
export function attestationModel(sources: ClosureSources, issuedAt: Date): DocumentModel {
  const { session, programme, operation, convention, qualification, outcomes, finalReview, attestationIssuer: rtf } = sources;
  const of = sources.trainingOrganisation?.name ?? "l'organisme de formation";
  const signer = rtf ? `${fullName(rtf)}, ${MEMBER_ROLE_LABELS[rtf.role]}` : "son référent territorial formation";
  const signed = convention?.signedAt ? `signée le ${longDateOf(convention.signedAt)} (version ${convention.version})` : "de l'opération";
  return {
    kind: "attestation",
    issuer: sources.regionName,
    title: "Attestation de conformité",
    runningHead: programme.name,
    subtitle: `${programme.name} — opération ${quoted(operation.title)}`,
    version: 1,
    blocks: [
      {
        kind: "paragraph",
        text: `La ${sources.regionName}, représentée par ${signer}, atteste que la session ${quoted(session.title)}${session.eosNumber ? ` (EOS ${session.eosNumber})` : ""}, `
          + `conduite par ${of} ${dateRange(session.startDate, session.endDate)}, a été mise en œuvre conformément à la convention de partenariat ${signed}.`,
      },
      { kind: "heading", text: "Constats" },
      {
        kind: "facts",
        rows: [
          ["Places financées", count(session.fundedPlaces, "place financée par la Région", "places financées par la Région")],
          ["Stagiaires appariés", `${count(qualification.counted, "stagiaire apparié", "stagiaires appariés")} à une entreprise pour ${qualification.required} requis`],
          ["Règle appliquée", qualification.ruleLabel],
          ["Qualification", qualification.explanation],
          ["Bilan final", finalReview?.heldAt ? `tenu le ${longDateOf(finalReview.heldAt)} avec l'équipe projet` : "non renseigné"],
          ["Stagiaires au bilan", count(outcomes.trainees, "stagiaire")],
          ["Certifications obtenues", count(outcomes.certified, "stagiaire certifié", "stagiaires certifiés")],
          ["Contrats de travail", count(outcomes.contracts, "contrat signé", "contrats signés")],
        ],
      },
      {
        kind: "paragraph",
        text: `Délivrée le ${longDateOf(issuedAt)} à ${of}`
          + (programme.rules.paysCompletionBonus ? ", pour accompagner sa demande de paiement de la prime DEFI." : ", pour servir et valoir ce que de droit."),
      },
      { kind: "paragraph", text: `Pour la ${sources.regionName} : ${signer}.` },
    ],
    appendix: [],
    fileName: pdfFileName("Attestation de conformité", session.title),
    issuedAt,
  };
}
