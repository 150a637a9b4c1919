import { CandidacyStatus } from "../../server/src/domain/vocabulary";
import { allText, column, day, download, readCsv, readXlsx, records, type ReadWorkbook, type Table } from "./files";
import { CLOSURE_A, inSession, MILESTONES, STORY } from "./insertion-story";
import { asCsv } from "./same-cells";
import { openExportStage, REGION_CVL, REGION_PDL, type ExportStage } from "./stage";

/** The board's own fields (client/src/areas/region/queries.ts), read by the Region over GraphQL. */
const BOARD = `{
  operations(first: 100) { nodes {
    title
    steps { number label status }
    trainingSessions {
      title
      qualification { qualified counted required ruleLabel }
      convention { signatories { required signed withdrawnAt } planning { label late } }
    }
  } }
}`;

interface Board {
  operations: { nodes: {
    title: string;
    steps: { number: number; label: string; status: string }[];
    trainingSessions: {
      title: string;
      qualification: { qualified: boolean; counted: number; required: number; ruleLabel: string };
      convention: { signatories: { required: boolean; signed: boolean; withdrawnAt: string | null }[]; planning: { label: string; late: boolean }[] } | null;
    }[];
  }[] };
}

describe("the Region's export of its territory's operations", () => {
  let stage: ExportStage;
  let xlsx: ReadWorkbook;
  let csv: Table;
  let board: Board;

  beforeAll(async () => {
    stage = await openExportStage();
    const token = await stage.login(REGION_CVL);
    xlsx = await readXlsx((await download(stage.api, "/exports/operations.xlsx", { token })).body);
    csv = await readCsv((await download(stage.api, "/exports/operations.csv", { token })).body);
    const answer = await stage.api.gql<Board>(BOARD, {}, { token });
    expect(answer.errors).toBeUndefined();
    board = answer.data!;
  });
  afterAll(() => stage.close());

  it("has one row per session of its territory, and nothing of another territory", async () => {
    expect(column(xlsx, "Opération")).toEqual(["Op A", "Op B"]);
    expect(column(xlsx, "Session")).toEqual(["Session A", "Session B"]);
    expect(column(xlsx, "Organisme de formation")).toEqual(["OF1", "OF2"]);
    for (const elsewhere of ["Op C", "Session C", "OF3", "Company D", "Region PDL", "Boulanger D"]) expect(allText(xlsx)).not.toContain(elsewhere);

    const pdl = await readCsv((await download(stage.api, "/exports/operations.csv", { token: await stage.login(REGION_PDL) })).body);
    expect(column(pdl, "Opération")).toEqual(["Op C"]);
    for (const elsewhere of ["Op A", "Op B", "Session A", "OF1", "OF2"]) expect(allText(pdl)).not.toContain(elsewhere);
  });

  it("shows the step, the qualification, the signatures and the late deadlines the board shows", () => {
    const rows = records(xlsx);
    for (const operation of board.operations.nodes) {
      const step = [...operation.steps].sort((a, b) => a.number - b.number).find((s) => s.status !== "DONE" && s.status !== "NOT_APPLICABLE")!;
      for (const session of operation.trainingSessions) {
        const row = rows.find((r) => r.Session === session.title)!;
        const awaited = session.convention!.signatories.filter((s) => !s.withdrawnAt);
        const late = session.convention!.planning.filter((p) => p.late);
        expect(row).toMatchObject({
          Opération: operation.title,
          "Étape en cours": `${step.number}. ${step.label}`,
          Qualification: session.qualification.qualified ? "Qualifiée" : "Non qualifiée",
          "Stagiaires engagés comptés": session.qualification.counted,
          "Minimum requis": session.qualification.required,
          "Règle appliquée": session.qualification.ruleLabel,
          "Signatures obtenues": awaited.filter((s) => s.signed).length,
          "Signatures manquantes": awaited.filter((s) => s.required && !s.signed).length,
          "Échéances en retard": late.length,
          "Détail des retards": late.map((p) => p.label).join(" ; ") || null,
        });
      }
    }
  });

  it("counts, from the story, the trainees paired with a company and the follow-ups overdue", () => {
    const rows = records(xlsx);
    for (const session of ["Session A", "Session B"] as const) {
      const row = rows.find((r) => r.Session === session)!;
      // only trainees still in training count toward the threshold
      expect(row["Stagiaires engagés comptés"]).toBe(inSession(session).filter((t) => t.job && t.status === CandidacyStatus.ADMITTED).length);
      // on the day of the export every follow-up is due: those not reported are late
      expect(row["Suivis dans l'emploi en retard"]).toBe(inSession(session).flatMap((t) => MILESTONES.filter((m) => t.followUps[m] === null)).length);
    }
  });

  it("gives the attestation, the DEFI bonus and the closure, as real dates", () => {
    const [a, b] = records(xlsx);
    expect(a).toMatchObject({
      "Attestation de conformité le": day(CLOSURE_A.attestationIssuedAt), "Prime DEFI": "Payée", "Prime demandée le": day(CLOSURE_A.bonusRequestedAt),
      "Réception accusée le": day(CLOSURE_A.bonusAcknowledgedAt), "Prime payée le": day(CLOSURE_A.bonusPaidAt), "Session clôturée le": day(CLOSURE_A.closedAt),
      "Début de session": day("2027-02-01"), "Fin de session": day("2027-06-30"), "Places financées": 10,
    });
    expect(b).toMatchObject({ "Attestation de conformité le": day("2027-07-02"), "Prime DEFI": "Non demandée", "Prime demandée le": null, "Prime payée le": null, "Session clôturée le": null });
  });

  it("is a real spreadsheet: styled header kept in view, column widths, filters, dates formatted dd/mm/yyyy", () => {
    const { worksheet } = xlsx;
    expect(worksheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(worksheet.autoFilter).toBeTruthy();
    const header = worksheet.getRow(1);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(header.getCell(1).fill).toMatchObject({ type: "pattern", pattern: "solid" });
    for (let i = 1; i <= worksheet.columnCount; i++) expect(worksheet.getColumn(i).width).toBeGreaterThan(8);
    const start = worksheet.getRow(2).getCell(xlsx.header.indexOf("Début de session") + 1);
    expect(start.value).toEqual(day("2027-02-01"));
    expect(start.numFmt).toBe("dd/mm/yyyy");
  });

  it("the CSV holds the same cells, in French Excel's way", () => {
    expect(csv.header).toEqual(xlsx.header);
    expect(csv.rows).toEqual(asCsv(xlsx));
    expect(column(csv, "Début de session")).toEqual(["01/02/2027", "01/02/2027"]);
  });

  it("carries no candidate, contact detail or adviser's note", () => {
    for (const text of [allText(xlsx), allText(csv)]) {
      for (const t of STORY) expect(text).not.toContain(t.lastName);
      for (const personal of ["@mail.test", "rue ", "notes ", "06000", "06111"]) expect(text).not.toContain(personal);
    }
  });
});
