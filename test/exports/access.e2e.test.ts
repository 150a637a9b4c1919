import { OrganisationKind } from "../../server/src/domain/kinds";
import { KIND_VIEWERS } from "../support/world";
import { attachmentName, download } from "./files";
import { EXPORT_DAY } from "./insertion-story";
import { openExportStage, type ExportStage } from "./stage";

/** Who each export is for (issue 12): the Region's operations and reporting, the training organisation's trainees. */
const FOR: Record<string, { kind: OrganisationKind; refusal: string; file: string }> = {
  operations: { kind: OrganisationKind.REGION, refusal: "L'export des opérations du territoire est réservé à la Région.", file: "opérations-du-territoire" },
  "insertion-report": { kind: OrganisationKind.REGION, refusal: "Le bilan d'insertion est réservé à la Région.", file: "bilan-insertion" },
  trainees: { kind: OrganisationKind.TRAINING_ORGANISATION, refusal: "L'export des stagiaires et de leurs suivis est réservé aux organismes de formation.", file: "stagiaires-et-suivis" },
};
const FORMATS = ["xlsx", "csv"] as const;
const PATHS = Object.keys(FOR).flatMap((name) => FORMATS.map((format) => `/exports/${name}.${format}`));
const MEDIA_TYPES = { xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", csv: "text/csv; charset=utf-8" };

describe("exports over HTTP: authenticated like /graphql, each for its partner kind", () => {
  let stage: ExportStage;
  const tokens = new Map<OrganisationKind, string>();

  beforeAll(async () => {
    stage = await openExportStage();
    for (const [kind, email] of Object.entries(KIND_VIEWERS) as [OrganisationKind, string][]) tokens.set(kind, await stage.login(email));
  });
  afterAll(() => stage.close());

  it.each(PATHS)("%s without a session, or with an unknown or ended one: 401, in French, never cached", async (path) => {
    for (const auth of [{}, { token: "jeton-inconnu" }, { cookie: "cordee_session=jeton-inconnu" }]) {
      const res = await download(stage.api, path, auth);
      expect(res.status).toBe(401);
      expect(res.body.toString()).toBe("Connexion requise : identifiez-vous pour accéder à Cordée.");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("www-authenticate")).toBe("Bearer");
      expect(res.headers.get("content-disposition")).toBeNull();
    }
    const token = await stage.login(KIND_VIEWERS.REGION);
    await stage.api.gql(`mutation { logout }`, {}, { token });
    expect((await download(stage.api, path, { token })).status).toBe(401);
  });

  const cells = Object.entries(FOR).flatMap(([name, rule]) => Object.values(OrganisationKind).map((kind): [string, OrganisationKind, boolean] => [name, kind, kind === rule.kind]));

  it.each(cells)("%s for a %s viewer: allowed %s, else 403 with a French message", async (name, kind, allowed) => {
    for (const format of FORMATS) {
      const res = await download(stage.api, `/exports/${name}.${format}`, { token: tokens.get(kind) });
      expect(res.headers.get("cache-control")).toBe("no-store");
      if (!allowed) {
        expect(res.status).toBe(403);
        expect(res.body.toString()).toBe(FOR[name].refusal);
        continue;
      }
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(MEDIA_TYPES[format]);
      // a French file name with the day of the export (accents in its RFC 5987 form)
      expect(attachmentName(res.headers.get("content-disposition"))).toBe(`${FOR[name].file}-${EXPORT_DAY}.${format}`);
    }
  });

  it("the session cookie works as the bearer token does", async () => {
    const res = await download(stage.api, "/exports/operations.csv", { cookie: `cordee_session=${tokens.get(OrganisationKind.REGION)}` });
    expect(res.status).toBe(200);
  });

  it.each(["/exports/candidates.xlsx", "/exports/operations.pdf", "/exports/operations", "/exports/", "/exports/a/b.csv"])("%s: 404, nothing served in its place", async (path) => {
    const res = await download(stage.api, path, { token: tokens.get(OrganisationKind.REGION) });
    expect(res.status).toBe(404);
    expect(res.body.toString()).toMatch(/^Export inconnu/);
  });
});
