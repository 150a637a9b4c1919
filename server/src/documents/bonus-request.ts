import { count, dateRange, longDateOf, quoted } from "../domain/french.js";
import type { ClosureSources } from "./closure-sources.js";
import { fullName } from "./labels.js";
import { fingerprint, pdfFileName, type DocumentModel } from "./model.js";

/**
 * The DEFI bonus request the training organisation sends the Region's management unit with the
 * conformity attestation (seed 000, step 9); its follow-up (acknowledgement, payment) is printed
 * after the request, outside its text.
 */
export function bonusRequestModel(sources: ClosureSources, attestation: DocumentModel, requestedAt: Date): DocumentModel {
  const { closure, session, programme, operation, convention, qualification, trainingOrganisation: of } = sources;
  const name = of?.name ?? "L'organisme de formation";
  return {
    kind: "bonus-request",
    issuer: name,
    title: "Demande de paiement de la prime DEFI",
    runningHead: programme.name,
    subtitle: `${programme.name} — opération ${quoted(operation.title)}`,
    version: 1,
    blocks: [
      {
        kind: "facts",
        rows: [
          ["Demandeur", [name, of?.siret ? `SIRET ${of.siret}` : null, of ? `${of.city} (${of.department})` : null].filter(Boolean).join(", ")],
          ["Destinataire", `Cellule de gestion — ${sources.regionName}`],
          ["Objet", `prime DEFI de la session ${quoted(session.title)}`],
        ],
      },
      {
        kind: "paragraph",
        text: `${name} demande le versement de la prime DEFI au titre de la session ${quoted(session.title)}${session.eosNumber ? ` (EOS ${session.eosNumber})` : ""}, `
          + `${dateRange(session.startDate, session.endDate)}, conduite dans le cadre de l'opération ${quoted(operation.title)}.`,
      },
      { kind: "heading", text: "Qualification DEFI" },
      {
        kind: "facts",
        rows: [
          ["Places financées", count(session.fundedPlaces, "place financée par la Région", "places financées par la Région")],
          ["Stagiaires DEFI", `${count(qualification.counted, "stagiaire apparié", "stagiaires appariés")} à une entreprise pour ${qualification.required} requis`],
          ["Règle appliquée", qualification.ruleLabel],
          ["Résultat", qualification.explanation],
        ],
      },
      { kind: "heading", text: "Pièces jointes" },
      {
        kind: "list",
        items: [
          `attestation de conformité délivrée le ${closure.attestationIssuedAt ? longDateOf(closure.attestationIssuedAt) : "—"}${sources.attestationIssuer ? ` par ${fullName(sources.attestationIssuer)}` : ""}, empreinte SHA-256 du texte : ${fingerprint(attestation)}`,
          convention?.signedAt ? `convention de partenariat signée le ${longDateOf(convention.signedAt)} (version ${convention.version})` : "convention de partenariat",
        ],
      },
      { kind: "paragraph", text: `Demande présentée le ${longDateOf(requestedAt)}${sources.bonusRequester ? ` par ${fullName(sources.bonusRequester)}` : ""}.` },
    ],
    appendix: [
      { kind: "heading", text: "Suivi de la demande par la cellule de gestion" },
      {
        kind: "facts",
        rows: [
          ["Accusé de réception", closure.bonusAcknowledgedAt ? `le ${longDateOf(closure.bonusAcknowledgedAt)}` : "en attente"],
          ["Paiement", closure.bonusPaidAt ? `le ${longDateOf(closure.bonusPaidAt)}` : "en attente"],
        ],
      },
    ],
    fileName: pdfFileName("Demande de prime DEFI", session.title),
    issuedAt: requestedAt,
  };
}
