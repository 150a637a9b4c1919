import { CountingLogger } from "../support/counting-logger";
import { hashPassword } from "../../server/src/auth/password";
import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { CandidacyStatus, CertificationLevel, ContractType, ProcurementRoute } from "../../server/src/domain/vocabulary";
import * as E from "../../server/src/entities";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";


const NESTED_LIST = `{
  operations(first: 100) {
    totalCount
    nodes {
      title programme { code } createdBy { name }
      team { organisation { name viewerMayInvite } }
      hiringIntentions { jobTitle company { name } evidenceFile { fileName } candidacies { id } }
      trainingSessions {
        title trainingOrganisation { name } candidacyCounts { total }
        candidacies { status candidate { lastName email proposedBy { name } } hiringIntention { jobTitle } pairings { id } }
        convention { signatories { organisation { name } signatures { id } } }
      }
    }
  }
}`;

async function addOperations(db: TestDatabase, count: number): Promise<void> {
  await db.dataSource.transaction(async (m) => {
    const programmeId = (await m.findOneByOrFail(E.Programme, { code: "DEFI" })).id;
    const org = (name: string, kind: OrganisationKind) =>
      m.save(E.Organisation, { kind, name, territory: Territory.CENTRE_VAL_DE_LOIRE, department: "45", city: "Orléans", siret: null, isSiae: false });
    const region = (await m.findOneBy(E.Organisation, { kind: OrganisationKind.REGION })) ?? (await org("Région", OrganisationKind.REGION));
    for (let i = 0; i < count; i++) {
      const [of, ml, company] = [await org(`OF ${i}`, OrganisationKind.TRAINING_ORGANISATION), await org(`ML ${i}`, OrganisationKind.MISSION_LOCALE), await org(`Entreprise ${i}`, OrganisationKind.COMPANY)];
      const op = await m.save(E.Operation, { programmeId, title: `Opération ${i}`, territory: Territory.CENTRE_VAL_DE_LOIRE, department: "45", procurementRoute: ProcurementRoute.PRF_MARKET, createdByOrganisationId: of.id });
      for (const member of [of, ml, company, region]) await m.save(E.TeamMembership, { operationId: op.id, organisationId: member.id });
      const session = await m.save(E.TrainingSession, { operationId: op.id, trainingOrganisationId: of.id, title: `Session ${i}`, eosNumber: null, startDate: "2027-01-04", endDate: "2027-05-28", hoursInCentre: 400, hoursInCompany: 140, fundedPlaces: 10, extraPlaces: 0, defiFlag: true, certificationTitle: "TP", certificationLevel: CertificationLevel.FULL, location: "Orléans" });
      const attachment = await m.save(E.Attachment, { fileName: `lettre-${i}.pdf`, mediaType: "application/pdf", sizeBytes: 1, sha256: "x", content: Buffer.from("x"), uploadedByUserId: of.id });
      const intention = await m.save(E.HiringIntention, { operationId: op.id, companyId: company.id, trainingOrganisationId: of.id, trainingSessionId: session.id, jobTitle: `Métier ${i}`, contractType: ContractType.CDI, contractDurationMonths: null, positions: 2, evidenceText: "courriel", evidenceAttachmentId: attachment.id, committedSteps: [], submittedByUserId: of.id });
      for (let c = 0; c < 2; c++) {
        const candidate = await m.save(E.Candidate, { firstName: "A", lastName: `Candidat ${i}-${c}`, email: null, phone: null, postalAddress: null, privateNotes: null, proposedByOrganisationId: ml.id });
        const candidacy = await m.save(E.Candidacy, { candidateId: candidate.id, trainingSessionId: session.id, hiringIntentionId: intention.id, proposedByOrganisationId: ml.id, proposedByUserId: of.id, status: CandidacyStatus.ADMITTED });
        await m.save(E.Pairing, { candidacyId: candidacy.id, hiringIntentionId: intention.id, pairedByUserId: of.id });
      }
      const convention = await m.save(E.Convention, { trainingSessionId: session.id, title: `Convention ${i}`, body: "…" });
      for (const member of [of, ml, company, region]) await m.save(E.ConventionSignatory, { conventionId: convention.id, organisationId: member.id });
    }
    if (!(await m.findOneBy(E.User, { email: "region@n1.test" }))) {
      await m.save(E.User, { email: "region@n1.test", passwordHash: await hashPassword("secret-n1"), firstName: "R", lastName: "R", organisationId: region.id, role: MemberRole.TERRITORIAL_REFERENT });
    }
  });
}

describe("a list query's SQL statements do not grow with the list (no N+1)", () => {
  const logger = new CountingLogger();
  let db: TestDatabase;
  let api: TestServer;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase({ logger });
    api = await startTestServer(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  /**
   * DataLoader batches what is requested in the same tick, and which loads share a tick depends
   * on when earlier statements return: the count varies by one from run to run, whatever the
   * list's length. The fewest of five runs is the shape's true count (the machine may be busy with other suites).
   */
  async function statementsFor(expectedOperations: number): Promise<number> {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) runs.push(await statementsOnce(expectedOperations));
    return Math.min(...runs);
  }

  async function statementsOnce(expectedOperations: number): Promise<number> {
    logger.statements = 0;
    logger.counting = true;
    const res = await api.gql<{ operations: { totalCount: number } }>(NESTED_LIST, {}, { token });
    logger.counting = false;
    expect(res.errors).toBeUndefined();
    expect(res.data?.operations.totalCount).toBe(expectedOperations);
    return logger.statements;
  }

  it("counts the same statements over 5 and over 50 operations", async () => {
    await addOperations(db, 5);
    token = await api.login("region@n1.test", "secret-n1");
    const overFive = await statementsFor(5);
    await addOperations(db, 45);
    const overFifty = await statementsFor(50);
    expect(overFifty).toBeLessThanOrEqual(overFive);
    expect(overFive).toBeLessThan(30);
  });
});
