import { count, dateRange, longDate, longDateOf, longDateTime, ofNoun, quoted } from "../domain/french.js";
import { ORGANISATION_KIND_LABELS, OrganisationKind } from "../domain/kinds.js";
import { ConventionStatus } from "../domain/vocabulary.js";
import { commitmentsOf } from "./commitments.js";
import type { ConventionSources, Party } from "./convention-sources.js";
import { CERTIFICATION_LEVEL_LABELS, commitmentPhrase, contractLabel, fullName } from "./labels.js";
import { freeTextBlocks, pdfFileName, type Block, type DocumentModel } from "./model.js";

/**
 * The DEFI partnership convention: its parties and their representatives, the session as entered
 * in EOS, each company's jobs, each partner's commitments, the text the training organisation
 * drafted; then, outside the signed text, who signed which version and when.
 */
export function conventionModel(sources: ConventionSources): DocumentModel {
  const { convention, programme, operation } = sources;
  return {
    kind: "convention",
    issuer: sources.regionName,
    title: convention.title,
    runningHead: programme.name,
    subtitle: `${programme.name} — opération ${quoted(operation.title)}`,
    version: convention.version,
    blocks: conventionText(sources),
    appendix: signatureBlock(sources),
    banner: convention.status === ConventionStatus.SIGNED && convention.signedAt
      ? `Convention signée le ${longDateOf(convention.signedAt)}`
      : `Projet de convention — version ${convention.version}, en cours de signature`,
    fileName: conventionFileName(sources.session.title, convention.version),
    issuedAt: convention.signedAt ?? sources.signatures.at(-1)?.signature.signedAt ?? convention.createdAt,
  };
}

export const conventionFileName = (sessionTitle: string, version: number): string => pdfFileName("Convention", sessionTitle, `version ${version}`);

/** The text the partners sign: everything but the signatures. */
export function conventionText(sources: ConventionSources): Block[] {
  return [
    { kind: "heading", text: "Entre les soussignés" },
    { kind: "list", items: sources.parties.map(partyLine) },
    { kind: "paragraph", text: "Il est convenu ce qui suit." },
    { kind: "heading", text: "Article 1 — Objet" },
    {
      kind: "paragraph",
      text: `La présente convention formalise l'engagement des partenaires signataires dans le projet de formation ${quoted(sources.session.title)}, `
        + `conduit dans le cadre du programme ${sources.programme.name} piloté par la ${sources.regionName} : un stagiaire formé pour une promesse d'emploi d'une entreprise.`,
    },
    { kind: "heading", text: "Article 2 — La session, telle que saisie dans EOS" },
    sessionFacts(sources),
    { kind: "heading", text: "Article 3 — Les emplois promis par les entreprises" },
    ...jobBlocks(sources),
    { kind: "heading", text: "Article 4 — Les engagements des partenaires" },
    ...commitmentBlocks(sources),
    { kind: "heading", text: "Article 5 — Dispositions rédigées par l'organisme de formation" },
    ...freeTextBlocks(sources.convention.body),
    { kind: "heading", text: "Article 6 — Durée, modification et signature" },
    {
      kind: "paragraph",
      text: `La convention prend effet à sa signature par tous ses signataires et vaut jusqu'au suivi dans l'emploi à ${Math.max(...sources.programme.rules.followUpMonths, 0)} mois après la fin de la session. `
        + "Toute modification en fait une nouvelle version, soumise à la signature de tous : une signature ne vaut que pour la version signée.",
    },
    { kind: "paragraph", text: signaturePlan(sources) },
  ];
}

function partyLine({ organisation, contacts }: Party): string {
  const representative = contacts[0];
  return [
    organisation.name,
    ORGANISATION_KIND_LABELS[organisation.kind],
    organisation.siret ? `SIRET ${organisation.siret}` : null,
    `${organisation.city} (${organisation.department})`,
    representative ? `représentée par ${fullName(representative)}` : "représentée par son représentant légal",
  ].filter(Boolean).join(", ");
}

function sessionFacts({ session, trainingOrganisation }: ConventionSources): Block {
  const places = count(session.fundedPlaces, "place financée par la Région", "places financées par la Région");
  return {
    kind: "facts",
    rows: [
      ["Intitulé", session.title],
      ["Numéro EOS", session.eosNumber ?? "non encore saisi"],
      ["Dates", dateRange(session.startDate, session.endDate)],
      ["Durée", `${count(session.hoursInCentre, "heure")} en centre et ${count(session.hoursInCompany, "heure")} en entreprise`],
      ["Effectif", session.extraPlaces ? `${places} et ${count(session.extraPlaces, "place complémentaire", "places complémentaires")}` : places],
      ["Session DEFI", session.defiFlag ? "oui (case DEFI cochée dans EOS)" : "non"],
      ["Certification visée", `${session.certificationTitle} (${CERTIFICATION_LEVEL_LABELS[session.certificationLevel]})`],
      ["Lieu", session.location],
      ["Organisme de formation", trainingOrganisation?.name ?? "—"],
    ],
  };
}

function jobBlocks({ intentions, session }: ConventionSources): Block[] {
  if (!intentions.length) return [{ kind: "paragraph", text: "Aucune intention d'embauche n'est enregistrée pour cette session." }];
  const ordered = [...intentions].sort((a, b) => (a.company?.name ?? "").localeCompare(b.company?.name ?? "", "fr")
    || a.intention.receivedAt.getTime() - b.intention.receivedAt.getTime() || a.intention.jobTitle.localeCompare(b.intention.jobTitle, "fr"));
  const items = ordered.map(({ intention, company }) => {
    const steps = commitmentPhrase(intention.committedSteps);
    return `${company?.name ?? "Entreprise"} : ${count(intention.positions, "poste")} ${ofNoun(intention.jobTitle)} en ${contractLabel(intention.contractType, intention.contractDurationMonths)}`
      + (steps ? ` ; l'entreprise participe ${steps}.` : ".");
  });
  const jobs = intentions.reduce((sum, { intention }) => sum + intention.positions, 0);
  const places = session.fundedPlaces + session.extraPlaces;
  return [{ kind: "list", items }, { kind: "paragraph", text: `Au total : ${count(jobs, "emploi promis", "emplois promis")} pour ${count(places, "place")}.` }];
}

function commitmentBlocks({ parties, programme, session }: ConventionSources): Block[] {
  const facts = { followUpMonths: programme.rules.followUpMonths, fundedPlaces: session.fundedPlaces };
  return Object.values(OrganisationKind).flatMap((kind): Block[] => {
    const names = parties.filter((p) => p.organisation.kind === kind).map((p) => p.organisation.name);
    if (!names.length) return [];
    const who = kind === OrganisationKind.COMPANY && names.length > 1 ? `Chaque entreprise (${names.join(", ")}) s'engage à :` : `${names.join(", ")} s'engage à :`;
    return [{ kind: "subheading", text: who }, { kind: "list", items: commitmentsOf(kind, facts) }];
  });
}

function signaturePlan({ convention }: ConventionSources): string {
  const place = convention.signaturePlace ? `, lieu : ${convention.signaturePlace}` : "";
  return convention.plannedSignatureDate
    ? `Signature prévue le ${longDate(convention.plannedSignatureDate)}${place}.`
    : `La date de signature reste à arrêter${place}.`;
}

/** Who signed which version, and when; the signatures of earlier versions as history. */
function signatureBlock({ convention, parties, signatures }: ConventionSources): Block[] {
  const current = (party: Party) => signatures.find((g) => g.signature.signatoryId === party.signatory.id && g.signature.conventionVersion === convention.version && !g.signature.invalidatedAt);
  const rows = parties.map((party) => {
    const given = current(party);
    if (given) return [party.organisation.name, given.signer ? fullName(given.signer) : "—", `version ${convention.version}`, longDateTime(given.signature.signedAt)];
    return [party.organisation.name, "—", "—", party.signatory.required ? "en attente" : "facultative, non donnée"];
  });
  const earlier = signatures.filter((g) => g.signature.conventionVersion !== convention.version || g.signature.invalidatedAt);
  return [
    { kind: "heading", text: `Signatures de la version ${convention.version}` },
    { kind: "table", header: ["Signataire", "Signé par", "Version", "Date"], rows, widths: ["*", "*", 60, 130] },
    {
      kind: "paragraph",
      text: convention.status === ConventionStatus.SIGNED && convention.signedAt
        ? `Convention signée par tous ses signataires le ${longDateTime(convention.signedAt)}.`
        : "La convention n'est pas encore signée par tous ses signataires.",
    },
    ...(earlier.length ? [
      { kind: "subheading" as const, text: "Signatures des versions précédentes" },
      {
        kind: "list" as const,
        items: earlier.map(({ signature, organisation, signer }) => `${organisation.name} : ${signer ? fullName(signer) : "—"}, version ${signature.conventionVersion}, le ${longDateTime(signature.signedAt)}`
          + (signature.invalidatedAt ? `, annulée par la modification du ${longDateOf(signature.invalidatedAt)}` : "")),
      },
    ] : []),
  ];
}
