import { hashPassword } from "../../server/src/auth/password";
import { SettableClock } from "../../server/src/clock";
import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { Organisation } from "../../server/src/entities/organisation";
import { User } from "../../server/src/entities/user";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type GraphQLResponse, type TestServer } from "../support/test-server";

export const PASSWORD = "parcours-complet";

/**
 * The fixed calendar the workflow scenarios live in: an operation created in November 2026, a
 * session from 1 February to 30 June 2027, follow-ups due 3 and 6 months after its end. Tests
 * drive the server's clock through it (`clockAt`, then `clock.set(...)`), so they never depend on
 * the day they run.
 */
export const CALENDAR = {
  /** the operation is created (a Monday, 10:00 in Paris) */
  creation: "2026-11-23T09:00:00.000Z",
  sessionStart: "2027-02-01",
  sessionEnd: "2027-06-30",
  /** J-28 and J-20, counted back from the session start */
  dateOptionsDue: "2027-01-04",
  draftDue: "2027-01-12",
  followUp3Due: "2027-09-30",
  followUp6Due: "2027-12-30",
} as const;

/** A clock set at the operation's creation, to hand to startTestServer(db, { clock }). */
export const clockAt = (instant: string = CALENDAR.creation) => new SettableClock(new Date(instant));

/** A test file's own platform: a migrated database, a server on a settable clock, its partners signed in. */
export interface Stage {
  db: TestDatabase;
  api: TestServer;
  clock: SettableClock;
  s: Scenario;
  close(): Promise<void>;
}

export async function openStage(partners: Record<string, PartnerSpec>, representatives: string[], territory: Territory, at: string = CALENDAR.creation): Promise<Stage> {
  const db = await createTestDatabase();
  const clock = clockAt(at);
  const api = await startTestServer(db, { clock });
  const s = new Scenario(api, db, partners, representatives, territory);
  await s.setUp();
  return { db, api, clock, s, close: async () => { await api.stop(); await db.drop(); } };
}

/** An instant on a calendar day: 09:00 UTC (10:00 or 11:00 in Paris), or the given UTC time. */
export const on = (day: string, time = "09:00") => `${day}T${time}:00.000Z`;

export interface PartnerSpec {
  organisation: string;
  kind: OrganisationKind;
  role?: MemberRole;
  isSiae?: boolean;
}

/** Tables whose content must not move when an action is refused. */
const BUSINESS_TABLES = [
  "organisation", "app_user", "operation", "team_membership", "training_session", "attachment", "hiring_intention",
  "candidate", "candidacy", "pairing", "convention", "convention_signatory", "signature", "immersion", "review",
  "review_outcome", "follow_up", "closure", "purchase_order", "meeting", "notification", "journal_event",
];

const REFUSAL_CODES = ["FORBIDDEN", "NOT_FOUND"];

export interface StepSpec {
  /** who does it, as the seeds say */
  by: string;
  /** the other partners who may also do it (not tried as refusals) */
  alsoAllowed?: string[];
  /** who must be refused; defaults to every representative partner but `by` and `alsoAllowed` */
  refused?: string[];
  query: string;
  variables?: Record<string, unknown>;
  /** the events the step must write, in order */
  events: string[];
}

/**
 * Plays an operation through the GraphQL API as its partners would, checking at every step that
 * the partners not allowed are refused with nothing changed, and recording the story the journal
 * must tell.
 */
export class Scenario {
  readonly story: string[] = [];
  readonly ids: Record<string, string> = {};
  private readonly tokens = new Map<string, string>();

  constructor(
    private readonly api: TestServer,
    private readonly db: TestDatabase,
    private readonly partners: Record<string, PartnerSpec>,
    /** one partner per kind (and Region role) that tries each step it may not take */
    private readonly representatives: string[],
    private readonly territory: Territory,
  ) {}

  async setUp(): Promise<void> {
    const passwordHash = await hashPassword(PASSWORD);
    for (const [key, spec] of Object.entries(this.partners)) {
      let org = await this.db.dataSource.getRepository(Organisation).findOneBy({ name: spec.organisation });
      org ??= await this.db.dataSource.getRepository(Organisation).save({
        kind: spec.kind, name: spec.organisation, territory: this.territory, department: "45", city: "Ville", siret: null, isSiae: spec.isSiae ?? false,
      });
      this.ids[`org:${key}`] = org.id;
      await this.db.dataSource.getRepository(User).save({ email: `${key.toLowerCase()}@parcours.test`, passwordHash, firstName: "Prénom", lastName: key, organisationId: org.id, role: spec.role ?? MemberRole.MEMBER });
      this.tokens.set(key, await this.api.login(`${key.toLowerCase()}@parcours.test`, PASSWORD));
    }
  }

  token(key: string): string {
    const token = this.tokens.get(key);
    if (!token) throw new Error(`unknown partner ${key}`);
    return token;
  }

  org(key: string): string {
    return this.ids[`org:${key}`];
  }

  async call<T = Record<string, any>>(by: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const token = this.tokens.get(by);
    if (!token) throw new Error(`unknown partner ${by}`);
    return this.api.gql<T>(query, variables, { token });
  }

  /** Runs a read or an action that must succeed, and returns its data. */
  async ok<T = Record<string, any>>(by: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.call<T>(by, query, variables);
    if (res.errors) throw new Error(`${by}: ${JSON.stringify(res.errors)}\n${query}`);
    return res.data as T;
  }

  async snapshot(): Promise<string> {
    const sql = BUSINESS_TABLES.map((t) => `SELECT '${t}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${t} x`).join(" UNION ALL ");
    return (await this.db.dataSource.query(sql)).map((r: { t: string; h: string }) => `${r.t}:${r.h}`).sort().join(",");
  }

  /** An action that must be refused with `code` (a refusal code by default), changing nothing. */
  async refused(by: string, query: string, variables: Record<string, unknown>, code?: string): Promise<string> {
    const before = await this.snapshot();
    const res = await this.call(by, query, variables);
    const error = res.errors?.[0];
    if (!error) throw new Error(`${by} was not refused: ${JSON.stringify(res.data)}\n${query}`);
    const actual = String(error.extensions?.code);
    if (code ? actual !== code : !REFUSAL_CODES.includes(actual)) {
      throw new Error(`${by} refused with ${actual} (« ${error.message} »), expected ${code ?? REFUSAL_CODES.join(" or ")}\n${query}`);
    }
    const after = await this.snapshot();
    if (after !== before) throw new Error(`${by}'s refused action changed data\n${query}`);
    return error.message;
  }

  /** A step of the operation: everyone else refused first, then done by `by`, writing exactly `events`. */
  async step<T = Record<string, any>>(spec: StepSpec): Promise<T> {
    const variables = spec.variables ?? {};
    const refused = spec.refused ?? this.representatives.filter((r) => r !== spec.by && !(spec.alsoAllowed ?? []).includes(r));
    for (const other of refused) await this.refused(other, spec.query, variables);
    const lastId = await this.lastEventId();
    const data = await this.ok<T>(spec.by, spec.query, variables);
    const written: string[] = (await this.db.dataSource.query(`SELECT type FROM journal_event WHERE id > $1 AND operation_id IS NOT NULL ORDER BY id`, [lastId])).map((r: { type: string }) => r.type);
    if (JSON.stringify(written) !== JSON.stringify(spec.events)) {
      throw new Error(`${spec.by}: expected events ${JSON.stringify(spec.events)}, written ${JSON.stringify(written)}\n${spec.query}`);
    }
    this.story.push(...written);
    return data;
  }

  private async lastEventId(): Promise<string> {
    return String((await this.db.dataSource.query(`SELECT coalesce(max(id), 0) AS id FROM journal_event`))[0].id);
  }

  /** The payload of the latest event of `type` (of the operation, when given). */
  async lastPayload(type: string, operationId?: string): Promise<Record<string, any>> {
    const rows: { payload: Record<string, any> }[] = await this.db.dataSource.query(
      `SELECT payload FROM journal_event WHERE type = $1 AND ($2::uuid IS NULL OR operation_id = $2) ORDER BY id DESC LIMIT 1`,
      [type, operationId ?? null],
    );
    if (!rows.length) throw new Error(`no ${type} event`);
    return rows[0].payload;
  }

  /** The codes of the tasks `by` has to do now. */
  async tasks(by: string): Promise<string[]> {
    return (await this.ok<{ tasks: { code: string }[] }>(by, `{ tasks { code } }`)).tasks.map((t) => t.code);
  }

  /** The operation's journal, oldest first, as stored. */
  async journal(operationId: string): Promise<string[]> {
    return (await this.db.dataSource.query(`SELECT type FROM journal_event WHERE operation_id = $1 ORDER BY id`, [operationId])).map((r: { type: string }) => r.type);
  }
}

export const M = {
  createOperation: `mutation($input: CreateOperationInput!) { createOperation(input: $input) { id } }`,
  addTeamMember: `mutation($input: TeamMemberInput!) { addTeamMember(input: $input) { id } }`,
  removeTeamMember: `mutation($input: RemoveTeamMemberInput!) { removeTeamMember(input: $input) { id leftAt } }`,
  createTrainingSession: `mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }`,
  updateTrainingSession: `mutation($id: ID!, $input: TrainingSessionFields!) { updateTrainingSession(id: $id, input: $input) { id } }`,
  scheduleMeeting: `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
  recordMeeting: `mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id heldAt } }`,
  submitHiringIntention: `mutation($input: SubmitHiringIntentionInput!) { submitHiringIntention(input: $input) { id durableEmployment enteredByTrainingOrganisation } }`,
  grantDerogation: `mutation($input: ReasonInput!) { grantDerogation(input: $input) { id derogationGrantedAt } }`,
  withdrawHiringIntention: `mutation($input: ReasonInput!) { withdrawHiringIntention(input: $input) { id status } }`,
  recordWithdrawalSolution: `mutation($input: WithdrawalSolutionInput!) { recordWithdrawalSolution(input: $input) { id } }`,
  proposeCandidate: `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`,
  moveCandidacy: `mutation($input: MoveCandidacyInput!) { moveCandidacy(input: $input) { id status place } }`,
  validateProfile: `mutation($id: ID!) { validateProfile(candidacyId: $id) { id } }`,
  setPathReferent: `mutation($input: PathReferentInput!) { setPathReferent(input: $input) { id pathReferent } }`,
  pairTrainee: `mutation($input: PairTraineeInput!) { pairTrainee(input: $input) { id } }`,
  endPairing: `mutation($input: EndPairingInput!) { endPairing(input: $input) { id } }`,
  constituteGroup: `mutation($id: ID!) { constituteGroup(trainingSessionId: $id) { id groupConstitutedAt groupBelowMinimumAt } }`,
  draftConvention: `mutation($id: ID!) { draftConvention(trainingSessionId: $id) { id } }`,
  updateConvention: `mutation($input: UpdateConventionInput!) { updateConvention(input: $input) { id version plannedSignatureDate } }`,
  sendSignatureDateOptions: `mutation($id: ID!) { sendSignatureDateOptions(conventionId: $id) { id } }`,
  sendConventionDraft: `mutation($id: ID!) { sendConventionDraft(conventionId: $id) { id } }`,
  forwardToCabinet: `mutation($id: ID!) { forwardToCabinet(conventionId: $id) { id } }`,
  recordOfficialInvitations: `mutation($id: ID!) { recordOfficialInvitations(conventionId: $id) { id } }`,
  sendSaveTheDate: `mutation($id: ID!) { sendSaveTheDate(conventionId: $id) { id } }`,
  signConvention: `mutation($id: ID!) { signConvention(conventionId: $id) { id status } }`,
  recordSignatureAttendance: `mutation($input: SignatureAttendanceInput!) { recordSignatureAttendance(input: $input) { id signatureAttendingTraineeCount } }`,
  scheduleImmersion: `mutation($input: ScheduleImmersionInput!) { scheduleImmersion(input: $input) { id } }`,
  debriefImmersion: `mutation($input: DebriefImmersionInput!) { debriefImmersion(input: $input) { id } }`,
  scheduleReview: `mutation($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id } }`,
  recordReview: `mutation($input: RecordReviewInput!) { recordReview(input: $input) { id heldAt } }`,
  recordReviewOutcome: `mutation($input: ReviewOutcomeInput!) { recordReviewOutcome(input: $input) { id } }`,
  reportFollowUp: `mutation($input: ReportFollowUpInput!) { reportFollowUp(input: $input) { id } }`,
  issueConformityAttestation: `mutation($id: ID!) { issueConformityAttestation(trainingSessionId: $id) { id } }`,
  requestDefiBonus: `mutation($id: ID!) { requestDefiBonus(trainingSessionId: $id) { id } }`,
  acknowledgeDefiBonus: `mutation($id: ID!) { acknowledgeDefiBonus(trainingSessionId: $id) { id bonusAcknowledgedAt } }`,
  payDefiBonus: `mutation($id: ID!) { payDefiBonus(trainingSessionId: $id) { id bonusPaidAt } }`,
  closeSession: `mutation($id: ID!) { closeSession(trainingSessionId: $id) { id closedAt } }`,
  requestPurchaseOrder: `mutation($id: ID!) { requestPurchaseOrder(hiringIntentionId: $id) { id status lead { id } } }`,
  movePurchaseOrder: `mutation($input: MovePurchaseOrderInput!) { movePurchaseOrder(input: $input) { id status } }`,
};

/** Candidacy ids of admitted trainees, by first name. */
export interface Trainees {
  [firstName: string]: string;
}

/**
 * Proposes candidates (by `adviser`) for a job and admits them (by `of`), without the per-step
 * checks of `Scenario.step`: the set-up of tests about a later step.
 */
export async function admitTrainees(
  s: Scenario,
  options: { of: string; adviser: string; session: string; job?: string | null; names: string[]; place?: "FUNDED" | "EXTRA"; pair?: boolean },
): Promise<Trainees> {
  const ids: Trainees = {};
  for (const name of options.names) {
    const id = (await s.ok(options.adviser, M.proposeCandidate, { input: { trainingSessionId: options.session, hiringIntentionId: options.job ?? null, candidate: { firstName: name, lastName: "Test" } } })).proposeCandidate.id as string;
    await s.ok(options.of, M.moveCandidacy, { input: { candidacyId: id, to: "SELECTION" } });
    await s.ok(options.of, M.moveCandidacy, { input: { candidacyId: id, to: "ADMITTED", place: options.place ?? null } });
    if (options.pair && options.job) await s.ok(options.of, M.pairTrainee, { input: { candidacyId: id, hiringIntentionId: options.job } });
    ids[name] = id;
  }
  return ids;
}

/** The input of a written hiring intention, for a company of the team. */
export const hiringIntention = (operationId: string, trainingSessionId: string, jobTitle: string, contractType = "CDI", positions = 1, months: number | null = null) => ({ input: {
  operationId, trainingSessionId, jobTitle, contractType, contractDurationMonths: months, positions,
  evidenceText: `Nous nous engageons à embaucher ${positions} ${jobTitle} à l'issue de la formation.`, committedSteps: ["SELECTION"],
} });
