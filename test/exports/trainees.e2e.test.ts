import { OrganisationKind } from "../../server/src/domain/kinds";
import { CandidacyStatus, CertificationLevel, ContractType, EmploymentStatus } from "../../server/src/domain/vocabulary";
import { MASKED_FIELDS } from "../access/permission-matrix";
import { KIND_VIEWERS } from "../support/world";
import { allText, column, day, download, readCsv, readXlsx, records, type ReadWorkbook, type Table } from "./files";
import { FOLLOW_UP_DUE, inSession, MILESTONES, REPORTED_ON, STORY, type TraineeStory } from "./insertion-story";
import { asCsv } from "./same-cells";
import { OF1, OF2, openExportStage, type ExportStage } from "./stage";

/** The words users read (the screens' labels). */
const STATUS: Record<TraineeStory["status"], string> = { ADMITTED: "Admis en formation", LEFT: "Sorti de formation" };
const CERTIFICATION: Record<CertificationLevel, string> = { FULL: "Certification complète", SKILLS_BLOCK: "Bloc de compétences", SPECIFIC_REGISTER: "Répertoire spécifique", NONE: "Aucune" };
const CONTRACT: Partial<Record<ContractType, string>> = { CDI: "CDI", CDD: "CDD" };
const SITUATION: Record<EmploymentStatus, string> = {
  EMPLOYED_DURABLE: "En emploi durable", EMPLOYED_SHORT: "En emploi court", IN_TRAINING: "En formation", JOB_SEEKING: "En recherche d'emploi", UNKNOWN: "Situation inconnue",
};
const COMPANY_OF_JOB: Record<string, string> = { "Cariste A": "Company A", "Préparateur B": "Company B", "Soudeur C": "Company C" };

const byName = (a: TraineeStory, b: TraineeStory) => a.lastName.localeCompare(b.lastName, "fr");

describe("the training organisation's export of its trainees and their follow-ups", () => {
  let stage: ExportStage;
  let xlsx: ReadWorkbook;
  let csv: Table;

  beforeAll(async () => {
    stage = await openExportStage();
    const token = await stage.login(OF1);
    xlsx = await readXlsx((await download(stage.api, "/exports/trainees.xlsx", { token })).body);
    csv = await readCsv((await download(stage.api, "/exports/trainees.csv", { token })).body);
  });
  afterAll(() => stage.close());

  it("lists the trainees of its own sessions only, those who left included, by name", async () => {
    expect(column(xlsx, "Nom")).toEqual(inSession("Session A").sort(byName).map((t) => t.lastName));
    expect(new Set(column(xlsx, "Session"))).toEqual(new Set(["Session A"]));
    // another training organisation's trainees, another territory's, and a candidate still in recruitment
    for (const absent of ["Durand", "Lambert", "Session B", "Moreau", "Session C", "Petit"]) expect(allText(xlsx)).not.toContain(absent);

    const of2 = await readCsv((await download(stage.api, "/exports/trainees.csv", { token: await stage.login(OF2) })).body);
    expect(column(of2, "Nom")).toEqual(inSession("Session B").sort(byName).map((t) => t.lastName));
    for (const absent of ["Session A", ...inSession("Session A").map((t) => t.lastName)]) expect(allText(of2)).not.toContain(absent);
  });

  it("gives contact details as the permission matrix allows a training organisation, never an adviser's private notes", () => {
    const emails = column(xlsx, "Courriel");
    expect(emails).toEqual(inSession("Session A").sort(byName).map((t) => `${t.lastName.toLowerCase()}@mail.test`));
    // the world's candidates: every address exported is one the matrix lets the training organisation read
    const allowed = MASKED_FIELDS["Candidate.email"].sees.TRAINING_ORGANISATION;
    expect(emails.filter((e) => ["martin@mail.test", "bernard@mail.test"].includes(String(e))).every((e) => allowed.includes(String(e)))).toBe(true);
    expect(column(xlsx, "Téléphone").every((p) => typeof p === "string" && p.startsWith("06"))).toBe(true);
    expect(allText(xlsx)).not.toContain("notes ");
  });

  it("tells each trainee's path, outcome and follow-ups at 3 and 6 months as the story does", () => {
    const rows = records(xlsx);
    for (const t of inSession("Session A")) {
      const row = rows.find((r) => r.Nom === t.lastName)!;
      const stillPaired = t.job && t.status === CandidacyStatus.ADMITTED;
      const expected: Record<string, unknown> = {
        Opération: "Op A", "Début de session": day("2027-02-01"), "Fin de session": day("2027-06-30"),
        Statut: STATUS[t.status], "Motif de sortie": t.status === CandidacyStatus.LEFT ? "Déménagement" : null,
        "Proposé par": t.adviser, "Référent de parcours": `référent ${t.lastName}`,
        "Entreprise (appairage)": stillPaired ? COMPANY_OF_JOB[t.job!] : null, "Poste visé": stillPaired ? t.job : null,
        "Certification obtenue": t.outcome ? CERTIFICATION[t.outcome.certification] : null,
        "Contrat signé au bilan": t.outcome?.contract ? CONTRACT[t.outcome.contract] : null,
        Employeur: t.outcome?.employer ?? null,
      };
      for (const m of MILESTONES) {
        const situation = t.followUps[m];
        Object.assign(expected, {
          [`Suivi à ${m} mois : échéance`]: day(FOLLOW_UP_DUE[m]),
          [`Suivi à ${m} mois : renseigné le`]: situation ? day(REPORTED_ON[m]) : null,
          [`Situation à ${m} mois`]: situation ? SITUATION[situation] : null,
        });
      }
      expect(row).toMatchObject(expected);
    }
  });

  it("the CSV holds the same cells, in French Excel's way", () => {
    expect(csv.header).toEqual(xlsx.header);
    expect(csv.rows).toEqual(asCsv(xlsx));
    expect(column(csv, "Suivi à 3 mois : échéance")[0]).toBe("30/09/2027");
  });

  it.each([OrganisationKind.REGION, OrganisationKind.MISSION_LOCALE, OrganisationKind.FRANCE_TRAVAIL, OrganisationKind.COMPANY])("is refused to a %s viewer (403)", async (kind) => {
    const res = await download(stage.api, "/exports/trainees.csv", { token: await stage.login(KIND_VIEWERS[kind]) });
    expect(res.status).toBe(403);
    expect(STORY.some((t) => res.body.toString().includes(t.lastName))).toBe(false);
  });
});
