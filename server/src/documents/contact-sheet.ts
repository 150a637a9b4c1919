import { clockTime, count, dateRange, longDate, quoted } from "../domain/french.js";
import { MEMBER_ROLE_LABELS, ORGANISATION_KIND_LABELS, OrganisationKind } from "../domain/kinds.js";
import type { User } from "../entities/user.js";
import type { ConventionSources, Party } from "./convention-sources.js";
import { fullName } from "./labels.js";
import { pdfFileName, type Block, type DocumentModel } from "./model.js";

/**
 * The contact sheet (fiche contact) the training organisation sends the RTF with the draft
 * convention at J-20, for the Cabinet's official invitations: the session, the signature's
 * options, and whom to reach at each signatory. Trainees appear as a count only.
 */
export function contactSheetModel(sources: ConventionSources, trainees: number): DocumentModel {
  const { convention, session, programme, operation } = sources;
  return {
    kind: "contact-sheet",
    issuer: sources.trainingOrganisation?.name ?? sources.regionName,
    title: `Fiche contact — ${session.title}`,
    runningHead: programme.name,
    subtitle: `${programme.name} — opération ${quoted(operation.title)}`,
    version: convention.version,
    blocks: [
      { kind: "paragraph", text: `Destinataire : le référent territorial formation de la ${sources.regionName}, pour l'envoi des invitations officielles par le Cabinet.` },
      { kind: "heading", text: "La session" },
      {
        kind: "facts",
        rows: [
          ["Intitulé", session.title],
          ["Numéro EOS", session.eosNumber ?? "non encore saisi"],
          ["Dates", dateRange(session.startDate, session.endDate)],
          ["Lieu", session.location],
          ["Organisme de formation", sources.trainingOrganisation?.name ?? "—"],
          ["Stagiaires invités", `${count(trainees, "stagiaire admis", "stagiaires admis")} en formation, invités à la signature`],
        ],
      },
      { kind: "heading", text: "La signature" },
      {
        kind: "facts",
        rows: [
          ["Options proposées", convention.signatureOptions.length
            ? convention.signatureOptions.map((o) => `${longDate(o.date)} de ${clockTime(o.startTime)}${o.endTime ? ` à ${clockTime(o.endTime)}` : ""}`).join(" ; ")
            : "aucune option transmise"],
          ["Date arrêtée", convention.plannedSignatureDate ? longDate(convention.plannedSignatureDate) : "à arrêter"],
          ["Lieu", convention.signaturePlace ?? "à arrêter"],
        ],
      },
      { kind: "heading", text: "Les signataires et leurs contacts" },
      ...sources.parties.flatMap(partyContacts),
    ],
    appendix: [],
    fileName: pdfFileName("Fiche contact", session.title, `version ${convention.version}`),
    issuedAt: convention.createdAt,
  };
}

function partyContacts({ organisation, contacts }: Party): Block[] {
  return [
    { kind: "subheading", text: `${organisation.name} — ${ORGANISATION_KIND_LABELS[organisation.kind]}, ${organisation.city} (${organisation.department})` },
    { kind: "list", items: contacts.length ? contacts.map((u) => contactLine(u, organisation.kind)) : ["aucun compte actif sur la plateforme : contact à compléter"] },
  ];
}

function contactLine(user: User, kind: OrganisationKind): string {
  const role = kind === OrganisationKind.REGION ? `, ${MEMBER_ROLE_LABELS[user.role]}` : "";
  return `${fullName(user)}${role} — courriel : ${user.email}${user.phone ? ` — téléphone : ${user.phone}` : ""}`;
}
