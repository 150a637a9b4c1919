import { CountingLogger } from "../support/counting-logger";
import { Territory } from "../../server/src/domain/kinds";
import { CandidacyStatus, CertificationLevel, ContractType, EmploymentStatus, PlaceKind, ProcurementRoute } from "../../server/src/domain/vocabulary";
import * as E from "../../server/src/entities";
import { SettableClock } from "../../server/src/clock";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";
import { download } from "./files";
import { EXPORT_DAY, FOLLOW_UP_DUE, MILESTONES, tellStory } from "./insertion-story";


/** A further operation of OF1 in Centre-Val de Loire, with `trainees` trainees, their outcomes and follow-ups. */
async function addOperation(db: TestDatabase, ids: Record<string, string>, n: number, trainees: number): Promise<void> {
  await db.dataSource.transaction(async (m) => {
    const op = await m.save(E.Operation, { programmeId: ids.DEFI, title: `Op N${n}`, territory: Territory.CENTRE_VAL_DE_LOIRE, department: "45", procurementRoute: ProcurementRoute.PRF_MARKET, createdByOrganisationId: ids.OF1 });
    for (const key of ["OF1", "ML1", "Company A", "Region CVL"]) await m.save(E.TeamMembership, { operationId: op.id, organisationId: ids[key] });
    const session = await m.save(E.TrainingSession, {
      operationId: op.id, trainingOrganisationId: ids.OF1, title: `Session N${n}`, eosNumber: `EOS-${n}`, startDate: "2027-02-01", endDate: "2027-06-30",
      hoursInCentre: 500, hoursInCompany: 200, fundedPlaces: 10, extraPlaces: 0, defiFlag: true, certificationTitle: "TP", certificationLevel: CertificationLevel.FULL, location: "Tours",
    });
    const intention = await m.save(E.HiringIntention, { operationId: op.id, companyId: ids["Company A"], trainingOrganisationId: ids.OF1, trainingSessionId: session.id, jobTitle: `Métier N${n}`, contractType: ContractType.CDI, contractDurationMonths: null, positions: trainees, evidenceText: "courriel", evidenceAttachmentId: null, committedSteps: [], submittedByUserId: ids["user:OF1"] });
    const convention = await m.save(E.Convention, { trainingSessionId: session.id, title: `Convention N${n}`, body: "…" });
    for (const key of ["OF1", "ML1", "Company A", "Region CVL"]) await m.save(E.ConventionSignatory, { conventionId: convention.id, organisationId: ids[key], required: true });
    const review = await m.save(E.Review, { trainingSessionId: session.id, scheduledAt: new Date("2027-06-30T09:00:00Z"), heldAt: new Date("2027-06-30T12:00:00Z") });
    await m.save(E.Closure, { trainingSessionId: session.id, attestationIssuedAt: new Date("2027-07-01T09:00:00Z") });
    for (let i = 0; i < trainees; i++) {
      const candidate = await m.save(E.Candidate, { firstName: "Cand", lastName: `N${n}-${i}`, email: `n${n}-${i}@mail.test`, phone: null, postalAddress: null, privateNotes: null, proposedByOrganisationId: ids.ML1 });
      const candidacy = await m.save(E.Candidacy, { candidateId: candidate.id, trainingSessionId: session.id, hiringIntentionId: intention.id, proposedByOrganisationId: ids.ML1, proposedByUserId: ids["user:OF1"], status: CandidacyStatus.ADMITTED, place: PlaceKind.FUNDED });
      await m.save(E.Pairing, { candidacyId: candidacy.id, hiringIntentionId: intention.id, pairedByUserId: ids["user:OF1"] });
      await m.save(E.ReviewOutcome, { reviewId: review.id, candidacyId: candidacy.id, certificationLevel: CertificationLevel.FULL, certificationTitle: "TP", contractType: ContractType.CDI, contractStartDate: "2027-07-05", employerId: ids["Company A"] });
      for (const months of MILESTONES) {
        await m.save(E.FollowUp, { candidacyId: candidacy.id, milestoneMonths: months, dueDate: FOLLOW_UP_DUE[months], reportedAt: new Date("2028-01-05T09:00:00Z"), employmentStatus: EmploymentStatus.EMPLOYED_DURABLE, contractType: ContractType.CDI, employerName: "Company A" });
      }
    }
  });
}

describe("an export's SQL statements do not grow with its rows (no N+1)", () => {
  const logger = new CountingLogger();
  let db: TestDatabase;
  let api: TestServer;
  let ids: Record<string, string>;
  let operations = 1;

  beforeAll(async () => {
    db = await createTestDatabase({ logger });
    ({ ids } = await buildWorld(db.dataSource));
    await tellStory(db.dataSource, ids);
    await addOperation(db, ids, operations, 1);
    api = await startTestServer(db, { clock: new SettableClock(new Date(`${EXPORT_DAY}T09:00:00.000Z`)) });
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  async function statements(path: string, token: string): Promise<number> {
    logger.statements = 0;
    logger.counting = true;
    const res = await download(api, path, { token });
    logger.counting = false;
    expect(res.status).toBe(200);
    return logger.statements;
  }

  it.each([
    ["/exports/operations.xlsx", KIND_VIEWERS.REGION],
    ["/exports/insertion-report.xlsx", KIND_VIEWERS.REGION],
    ["/exports/trainees.xlsx", KIND_VIEWERS.TRAINING_ORGANISATION],
  ])("%s: as many statements with 2 more operations and 12 more trainees", async (path, email) => {
    const token = await api.login(email, WORLD_PASSWORD);
    const before = await statements(path, token);
    for (let i = 0; i < 2; i++) await addOperation(db, ids, ++operations, 6);
    const after = await statements(path, token);
    expect(after).toBe(before);
  });
});
