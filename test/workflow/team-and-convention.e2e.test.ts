import type { SettableClock } from "../../server/src/clock";
import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { admitTrainees, CALENDAR, hiringIntention, M, on, openStage, Scenario, type Stage } from "./harness";

const K = OrganisationKind;

interface Signatory {
  organisation: { name: string };
  required: boolean;
  signed: boolean;
  addedAt: string;
  withdrawnAt: string | null;
}

/**
 * The DEFI convention follows the project team: every partner that takes an active part signs.
 * A partner joining before the signature becomes a signatory; one leaving is no longer awaited.
 * The Region signs through its elected representative.
 */
describe("the team and the convention's signatories", () => {
  let stage: Stage;
  let s: Scenario;
  let clock: SettableClock;

  beforeAll(async () => {
    stage = await openStage({
      OF: { organisation: "OF Blois", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Blois", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Blois", kind: K.FRANCE_TRAVAIL },
      CompanyA: { organisation: "Imprimerie A", kind: K.COMPANY },
      CompanyB: { organisation: "Cartonnerie B", kind: K.COMPANY },
      CompanyC: { organisation: "Emballages C", kind: K.COMPANY },
      RTF: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
      Elu: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.ELECTED_REPRESENTATIVE },
      Gestion: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.MANAGEMENT_UNIT },
    }, ["OF", "ML", "CompanyA", "RTF"], Territory.CENTRE_VAL_DE_LOIRE);
    ({ clock, s } = stage);
  });
  afterAll(() => stage.close());

  /** An operation with its team, a session and its drafted convention, signature planned on `signatureDay`. */
  async function operationWithConvention(title: string, team: string[], signatureDay: string) {
    const op = (await s.ok("OF", M.createOperation, { input: { programmeCode: "DEFI", title, department: "41", procurementRoute: "PRF_MARKET" } })).createOperation.id as string;
    for (const partner of team) await s.ok("OF", M.addTeamMember, { input: { operationId: op, organisationId: s.org(partner) } });
    const session = (await s.ok("OF", M.createTrainingSession, { input: { operationId: op, title, eosNumber: `EOS-${title}`, startDate: CALENDAR.sessionStart, endDate: CALENDAR.sessionEnd, hoursInCentre: 300, fundedPlaces: 6, certificationTitle: `TP ${title}`, location: "Blois" } })).createTrainingSession.id as string;
    const convention = (await s.ok("OF", M.draftConvention, { id: session })).draftConvention.id as string;
    await s.ok("OF", M.updateConvention, { input: { conventionId: convention, plannedSignatureDate: signatureDay, signaturePlace: "Hôtel de Région, Orléans" } });
    return { op, session, convention };
  }
  const signatories = async (convention: string) =>
    Object.fromEntries((await s.ok<{ convention: { signatories: Signatory[] } }>("OF", `query($id: ID!) { convention(id: $id) { signatories { organisation { name } required signed addedAt withdrawnAt } } }`, { id: convention }))
      .convention.signatories.map((x) => [x.organisation.name, x]));
  const sign = (by: string, convention: string, events = ["CONVENTION_SIGNED_BY_PARTNER"]) => s.step({ by, refused: [], query: M.signConvention, events, variables: { id: convention } });

  it("makes a partner that joins before the signature a signatory, awaited like the others; one joining after it is not", async () => {
    clock.set(on("2026-11-23"));
    const { op, convention } = await operationWithConvention("Conducteur de presse", ["ML", "FT", "CompanyA"], "2026-11-30");
    expect(Object.keys(await signatories(convention)).sort()).toEqual(["France Travail Blois", "Imprimerie A", "Mission Locale Blois", "OF Blois", "Région Centre-Val de Loire"]);

    clock.set(on("2026-11-24"));
    await s.step({ by: "OF", alsoAllowed: ["RTF"], refused: ["ML", "CompanyA"], query: M.addTeamMember, events: ["TEAM_MEMBER_ADDED", "CONVENTION_SIGNATORY_ADDED"], variables: { input: { operationId: op, organisationId: s.org("CompanyB") } } });
    expect(await s.lastPayload("CONVENTION_SIGNATORY_ADDED", op)).toMatchObject({ conventionId: convention, organisationId: s.org("CompanyB"), required: true });
    expect((await signatories(convention))["Cartonnerie B"]).toEqual({ organisation: { name: "Cartonnerie B" }, required: true, signed: false, addedAt: on("2026-11-24"), withdrawnAt: null });

    clock.set(on("2026-11-30"));
    // the Region signs through its elected representative, not its RTF nor its management unit
    expect(await s.refused("RTF", M.signConvention, { id: convention }, "FORBIDDEN")).toMatch(/^Action réservée à : .*Région \(élu·e signataire\) \(signer la convention\)\.$/);
    await s.refused("Gestion", M.signConvention, { id: convention }, "FORBIDDEN");
    for (const signer of ["OF", "ML", "FT", "CompanyA", "Elu"]) await sign(signer, convention);
    expect(await s.lastPayload("CONVENTION_SIGNED_BY_PARTNER", op)).toMatchObject({ organisationId: s.org("Elu"), outstanding: 1 });
    expect(await s.refused("Elu", M.signConvention, { id: convention }, "ALREADY_SIGNED")).toBe("Votre organisation a déjà signé cette version de la convention.");
    await sign("CompanyB", convention, ["CONVENTION_SIGNED_BY_PARTNER", "CONVENTION_SIGNED"]);

    // a signed convention is not reopened by a partner joining afterwards
    await s.step({ by: "OF", refused: [], query: M.addTeamMember, events: ["TEAM_MEMBER_ADDED"], variables: { input: { operationId: op, organisationId: s.org("CompanyC") } } });
    expect(await signatories(convention)).not.toHaveProperty("Emballages C");
    expect(await s.refused("CompanyC", M.signConvention, { id: convention }, "ALREADY_SIGNED")).toMatch(/déjà signée/);
  });

  it("no longer awaits a partner that leaves: it cannot sign, and the convention is signed without it; one that comes back is awaited again", async () => {
    clock.set(on("2026-12-01"));
    const { op, convention } = await operationWithConvention("Opérateur façonnage", ["ML", "FT", "CompanyA", "CompanyB"], "2026-12-03");
    await s.step({
      by: "OF", alsoAllowed: ["RTF"], refused: ["ML", "CompanyA"], query: M.removeTeamMember, events: ["TEAM_MEMBER_REMOVED", "CONVENTION_SIGNATORY_WITHDRAWN"],
      variables: { input: { operationId: op, organisationId: s.org("FT"), reason: "L'agence ne suit plus l'opération" } },
    });
    expect((await signatories(convention))["France Travail Blois"]).toMatchObject({ withdrawnAt: on("2026-12-01"), signed: false });
    clock.set(on("2026-12-03"));
    await s.refused("FT", M.signConvention, { id: convention });
    // France Travail comes back: awaited again
    await s.step({ by: "OF", refused: [], query: M.addTeamMember, events: ["TEAM_MEMBER_ADDED", "CONVENTION_SIGNATORY_ADDED"], variables: { input: { operationId: op, organisationId: s.org("FT") } } });
    expect((await signatories(convention))["France Travail Blois"]).toMatchObject({ withdrawnAt: null, addedAt: on("2026-12-03") });
    for (const signer of ["OF", "ML", "FT", "CompanyA", "Elu"]) await sign(signer, convention);
    const tasks = await s.tasks("CompanyB");
    expect(tasks).toContain("SIGN_CONVENTION");
    // company B withdraws from the operation: it was the last awaited, the convention is signed
    await s.step({
      by: "OF", refused: [], query: M.removeTeamMember, events: ["TEAM_MEMBER_REMOVED", "CONVENTION_SIGNATORY_WITHDRAWN", "CONVENTION_SIGNED"],
      variables: { input: { operationId: op, organisationId: s.org("CompanyB"), reason: "Ne recrute plus" } },
    });
    const after = await s.ok<{ convention: { status: string; signedAt: string } }>("RTF", `query($id: ID!) { convention(id: $id) { status signedAt } }`, { id: convention });
    expect(after.convention).toEqual({ status: "SIGNED", signedAt: on("2026-12-03") });
    expect(await s.tasks("CompanyB")).not.toContain("SIGN_CONVENTION");
  });

  it("records who attended the signature, partners of the team and trainees of the session, once a signature is given", async () => {
    clock.set(on("2026-12-07"));
    const { op, session, convention } = await operationWithConvention("Relieur", ["ML", "FT", "CompanyA"], "2026-12-10");
    const job = (await s.ok("CompanyA", M.submitHiringIntention, hiringIntention(op, session, "Relieur", "CDI", 2))).submitHiringIntention.id;
    const trainees = await admitTrainees(s, { of: "OF", adviser: "ML", session, job, names: ["Gaël", "Hélène"] });
    const candidate = (await s.ok("ML", M.proposeCandidate, { input: { trainingSessionId: session, candidate: { firstName: "Ilan", lastName: "Proposé" } } })).proposeCandidate.id;
    const attendance = (organisations: string[], candidacies: string[]) => ({ input: { conventionId: convention, attendingOrganisationIds: organisations.map((k) => s.org(k)), attendingCandidacyIds: candidacies } });
    expect(await s.refused("OF", M.recordSignatureAttendance, attendance(["OF"], []), "SIGNATURE_NOT_HELD")).toBe("Les présents se relèvent à la signature : aucune signature n'a encore été donnée.");
    clock.set(on("2026-12-10"));
    await sign("OF", convention);
    expect(await s.refused("OF", M.recordSignatureAttendance, attendance(["OF", "CompanyB"], []), "BAD_USER_INPUT")).toBe("attendingOrganisationIds : seuls les partenaires de l'équipe projet peuvent être présents");
    expect(await s.refused("OF", M.recordSignatureAttendance, attendance(["OF"], [candidate]), "BAD_USER_INPUT")).toBe("attendingCandidacyIds : seuls les stagiaires de la session peuvent être présents");
    await s.step({ by: "OF", refused: ["ML", "CompanyA", "RTF"], query: M.recordSignatureAttendance, events: ["SIGNATURE_ATTENDANCE_RECORDED"], variables: attendance(["OF", "ML", "RTF"], [trainees["Gaël"]]) });
    await s.step({ by: "OF", refused: [], query: M.recordSignatureAttendance, events: ["SIGNATURE_ATTENDANCE_RECORDED"], variables: attendance(["OF", "ML", "RTF", "CompanyA"], [trainees["Gaël"], trainees["Hélène"]]) });
    expect(await s.lastPayload("SIGNATURE_ATTENDANCE_RECORDED", op)).toMatchObject({ organisations: 4, trainees: 2, previous: { organisations: [s.org("OF"), s.org("ML"), s.org("RTF")], trainees: [trainees["Gaël"]] } });
    const seen = await s.ok<{ convention: { signatureAttendingOrganisations: { name: string }[]; signatureAttendingTraineeCount: number; signatureAttendanceRecordedAt: string } }>("RTF", `query($id: ID!) { convention(id: $id) { signatureAttendingOrganisations { name } signatureAttendingTraineeCount signatureAttendanceRecordedAt } }`, { id: convention });
    expect(seen.convention.signatureAttendingOrganisations.map((o) => o.name).sort()).toEqual(["Imprimerie A", "Mission Locale Blois", "OF Blois", "Région Centre-Val de Loire"]);
    expect(seen.convention).toMatchObject({ signatureAttendingTraineeCount: 2, signatureAttendanceRecordedAt: on("2026-12-10") });
  });

  it("reopens a signed convention when it is edited: every signature is reset, as recorded events", async () => {
    clock.set(on("2026-12-14"));
    const { convention } = await operationWithConvention("Massicotier", ["ML", "FT", "CompanyA"], "2026-12-15");
    clock.set(on("2026-12-15"));
    for (const signer of ["OF", "ML", "FT", "CompanyA"]) await sign(signer, convention);
    await sign("Elu", convention, ["CONVENTION_SIGNED_BY_PARTNER", "CONVENTION_SIGNED"]);
    const edited = await s.step<{ updateConvention: { version: number } }>({ by: "OF", refused: ["ML", "CompanyA", "RTF"], query: M.updateConvention, events: ["CONVENTION_UPDATED", "CONVENTION_SIGNATURES_RESET"], variables: { input: { conventionId: convention, title: "Convention DEFI Massicotier (version 2)" } } });
    const after = await s.ok<{ convention: { status: string; signedAt: string | null; version: number; signatories: { signed: boolean }[] } }>("OF", `query($id: ID!) { convention(id: $id) { status signedAt version signatories { signed } } }`, { id: convention });
    expect(after.convention).toMatchObject({ status: "DRAFT", signedAt: null, version: edited.updateConvention.version });
    expect(after.convention.signatories.some((x) => x.signed)).toBe(false);
    expect(await s.refused("OF", M.updateConvention, { input: { conventionId: convention, title: "Convention DEFI Massicotier (version 2)" } }, "NOTHING_TO_CHANGE")).toMatch(/Aucune modification/);
  });
});
