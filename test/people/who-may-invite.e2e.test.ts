import { STRONG_PASSWORD } from "../api/people.scenarios";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";

const INVITE = `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id organisationId email role isAdmin } }`;

/** The people who try to invite, each with a session of their own. */
type Actor = "OF1 admin" | "OF1 member (not admin)" | "Company A admin" | "Region CVL agent" | "Region PDL agent" | "Mission Locale adviser";
/**
 * Where they invite:
 * - "own": the actor's own organisation;
 * - "FT1": a partner of Op A that has an administrator;
 * - "new by OF1": a company OF1 added to Op A's team (addNewOrganisationToTeam), nobody in it yet;
 * - "new by Region CVL": the same, added by the Region;
 * - "deactivated": added by OF1 to Op A's team, then deactivated by the Region;
 * - "OF3": an organisation of Pays de la Loire with nobody in it (seeded, created by nobody).
 */
type Target = "own" | "FT1" | "new by OF1" | "new by Region CVL" | "deactivated" | "OF3";
type Role = "MEMBER" | "TERRITORIAL_REFERENT";
type Outcome = "invited as admin" | "invited" | "FORBIDDEN" | "NOT_FOUND" | "BAD_USER_INPUT on role";

interface Row {
  actor: Actor;
  target: Target;
  role: Role;
  outcome: Outcome;
}

const row = (actor: Actor, target: Target, role: Role, outcome: Outcome): Row => ({ actor, target, role, outcome });

/**
 * Who may invite whom: an organisation's administrators into it; while it has no administrator,
 * the Region of its territory or the training organisation that created it (the first person is
 * made administrator); Region roles only into a Region; a deactivated organisation takes nobody;
 * an organisation the actor cannot see is not found.
 */
const ROWS: Row[] = [
  row("OF1 admin", "own", "MEMBER", "invited"),
  row("OF1 admin", "own", "TERRITORIAL_REFERENT", "BAD_USER_INPUT on role"),
  row("OF1 admin", "FT1", "MEMBER", "FORBIDDEN"),
  row("OF1 admin", "new by OF1", "MEMBER", "invited as admin"),
  row("OF1 admin", "new by OF1", "TERRITORIAL_REFERENT", "BAD_USER_INPUT on role"),
  row("OF1 admin", "new by Region CVL", "MEMBER", "FORBIDDEN"),
  row("OF1 admin", "deactivated", "MEMBER", "FORBIDDEN"),
  row("OF1 admin", "OF3", "MEMBER", "NOT_FOUND"),

  row("OF1 member (not admin)", "own", "MEMBER", "FORBIDDEN"),
  row("OF1 member (not admin)", "own", "TERRITORIAL_REFERENT", "FORBIDDEN"),
  row("OF1 member (not admin)", "FT1", "MEMBER", "FORBIDDEN"),
  // the rule names the training organisation that created it, not its administrators
  row("OF1 member (not admin)", "new by OF1", "MEMBER", "invited as admin"),
  row("OF1 member (not admin)", "new by Region CVL", "MEMBER", "FORBIDDEN"),
  row("OF1 member (not admin)", "deactivated", "MEMBER", "FORBIDDEN"),

  row("Company A admin", "own", "MEMBER", "invited"),
  row("Company A admin", "own", "TERRITORIAL_REFERENT", "BAD_USER_INPUT on role"),
  row("Company A admin", "FT1", "MEMBER", "FORBIDDEN"),
  row("Company A admin", "new by OF1", "MEMBER", "FORBIDDEN"),
  row("Company A admin", "new by Region CVL", "MEMBER", "FORBIDDEN"),
  row("Company A admin", "deactivated", "MEMBER", "FORBIDDEN"),

  row("Region CVL agent", "own", "MEMBER", "invited"),
  row("Region CVL agent", "own", "TERRITORIAL_REFERENT", "invited"),
  row("Region CVL agent", "FT1", "MEMBER", "FORBIDDEN"),
  row("Region CVL agent", "FT1", "TERRITORIAL_REFERENT", "FORBIDDEN"),
  row("Region CVL agent", "new by OF1", "MEMBER", "invited as admin"),
  row("Region CVL agent", "new by OF1", "TERRITORIAL_REFERENT", "BAD_USER_INPUT on role"),
  row("Region CVL agent", "new by Region CVL", "MEMBER", "invited as admin"),
  row("Region CVL agent", "deactivated", "MEMBER", "FORBIDDEN"),
  row("Region CVL agent", "OF3", "MEMBER", "NOT_FOUND"),

  row("Region PDL agent", "own", "MEMBER", "invited"),
  row("Region PDL agent", "own", "TERRITORIAL_REFERENT", "invited"),
  row("Region PDL agent", "OF3", "MEMBER", "invited as admin"),
  row("Region PDL agent", "OF3", "TERRITORIAL_REFERENT", "BAD_USER_INPUT on role"),
  row("Region PDL agent", "FT1", "MEMBER", "NOT_FOUND"),
  row("Region PDL agent", "new by OF1", "MEMBER", "NOT_FOUND"),
  row("Region PDL agent", "new by Region CVL", "MEMBER", "NOT_FOUND"),
  row("Region PDL agent", "deactivated", "MEMBER", "NOT_FOUND"),

  row("Mission Locale adviser", "own", "MEMBER", "invited"),
  row("Mission Locale adviser", "own", "TERRITORIAL_REFERENT", "BAD_USER_INPUT on role"),
  row("Mission Locale adviser", "FT1", "MEMBER", "FORBIDDEN"),
  row("Mission Locale adviser", "new by OF1", "MEMBER", "FORBIDDEN"),
  row("Mission Locale adviser", "new by Region CVL", "MEMBER", "FORBIDDEN"),
  row("Mission Locale adviser", "deactivated", "MEMBER", "FORBIDDEN"),
];

const OWN: Record<Actor, string> = {
  "OF1 admin": "OF1",
  "OF1 member (not admin)": "OF1",
  "Company A admin": "Company A",
  "Region CVL agent": "Region CVL",
  "Region PDL agent": "Region PDL",
  "Mission Locale adviser": "ML1",
};

const NEW_NAMES = { "new by OF1": "Entreprise ajoutée par OF1", "new by Region CVL": "Entreprise ajoutée par la Région", deactivated: "Entreprise fermée" } as const;

/** A valid SIRET (Luhn key) from 13 digits. */
function siret(first13: string): string {
  const sum = [...first13].map(Number).reduce((total, digit, i) => {
    const doubled = i % 2 === 0 ? digit * 2 : digit;
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return `${first13}${(10 - (sum % 10)) % 10}`;
}

interface GraphQLError {
  message: string;
  extensions?: { code?: string; fields?: { field: string }[] };
}

describe("who may invite whom into which organisation, with which role", () => {
  let db: TestDatabase;
  let api: TestServer;
  const tokens = {} as Record<Actor, string>;
  const userIds = {} as Record<Actor, string>;
  const organisations: Record<string, string> = {};

  const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(sql, params);
  const ok = async <T>(token: string, document: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await api.gql<T>(document, variables, { token });
    if (res.errors || !res.data) throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const { ids } = await buildWorld(db.dataSource);
    api = await startTestServer(db);
    for (const name of ["OF1", "FT1", "Company A", "Region CVL", "Region PDL", "ML1", "OF3"]) organisations[name] = ids[name];
    const worldUsers: [Exclude<Actor, "OF1 member (not admin)">, string][] = [
      ["OF1 admin", KIND_VIEWERS.TRAINING_ORGANISATION],
      ["Company A admin", KIND_VIEWERS.COMPANY],
      ["Region CVL agent", KIND_VIEWERS.REGION],
      ["Region PDL agent", "region-pdl@world.test"],
      ["Mission Locale adviser", KIND_VIEWERS.MISSION_LOCALE],
    ];
    for (const [actor, email] of worldUsers) {
      tokens[actor] = await api.login(email, WORLD_PASSWORD);
      userIds[actor] = (await query<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id;
    }

    // OF1's administrator invites a colleague who is not administrator; she accepts through the link
    const of1Admin = tokens["OF1 admin"];
    await ok(of1Admin, INVITE, { i: { organisationId: ids.OF1, email: "membre-of1@world.test", firstName: "Maëlle", lastName: "Membre", role: "MEMBER", isAdmin: false } });
    const [mailed] = await query<{ text: string }>(`SELECT text FROM outbound_email WHERE to_address = 'membre-of1@world.test'`);
    const link = mailed.text.match(/\/invitation\/([\w-]+)/)![1];
    const accepted = await api.gql<{ acceptInvitation: { token: string } }>(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`, { i: { token: link, password: STRONG_PASSWORD } });
    tokens["OF1 member (not admin)"] = accepted.data!.acceptInvitation.token;
    const [member] = await query<{ id: string; is_admin: boolean }>(`SELECT id, is_admin FROM app_user WHERE email = 'membre-of1@world.test'`);
    expect(member.is_admin).toBe(false);
    userIds["OF1 member (not admin)"] = member.id;

    // organisations nobody has joined yet, added to Op A's team by OF1 and by the Region; one then closed
    const addToOpA = async (token: string, name: string, first13: string) => {
      const company = { kind: "COMPANY", name, department: "45", city: "Orléans", siret: siret(first13), isSiae: false, groupementRole: null, groupementLeadId: null };
      await ok(token, `mutation($i: NewTeamPartnerInput!) { addNewOrganisationToTeam(input: $i) { id } }`, { i: { operationId: ids["Op A"], organisation: company, isLead: false } });
      return (await query<{ id: string }>(`SELECT id FROM organisation WHERE name = $1`, [name]))[0].id;
    };
    organisations["new by OF1"] = await addToOpA(of1Admin, NEW_NAMES["new by OF1"], "8123456780001");
    organisations["new by Region CVL"] = await addToOpA(tokens["Region CVL agent"], NEW_NAMES["new by Region CVL"], "8123456780002");
    organisations.deactivated = await addToOpA(of1Admin, NEW_NAMES.deactivated, "8123456780003");
    await ok(tokens["Region CVL agent"], `mutation($i: DeactivateOrganisationInput!) { deactivateOrganisation(input: $i) { id } }`, { i: { organisationId: organisations.deactivated, reason: "a cessé son activité" } });
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  interface Counts {
    lastEvent: string;
    invitations: number;
    emails: number;
    jobs: number;
  }
  const counts = async (): Promise<Counts> => {
    const [c] = await query<Counts>(`SELECT
      (SELECT coalesce(max(id), 0)::text FROM journal_event) AS "lastEvent",
      (SELECT count(*)::int FROM invitation) AS invitations,
      (SELECT count(*)::int FROM outbound_email) AS emails,
      (SELECT count(*)::int FROM pgboss.job WHERE name = 'deliver-email') AS jobs`);
    return c;
  };

  it.each(ROWS.map((r, i) => ({ ...r, index: i })))("$actor into $target as $role: $outcome", async ({ actor, target, role, outcome, index }) => {
    const organisationName = target === "own" ? OWN[actor] : target in NEW_NAMES ? NEW_NAMES[target as keyof typeof NEW_NAMES] : target;
    const organisationId = target === "own" ? organisations[OWN[actor]] : organisations[target];
    const email = `invitee-${index}@world.test`;
    const before = await counts();

    const res = await api.gql<{ inviteMember: { id: string; organisationId: string; email: string; role: string; isAdmin: boolean } }>(
      INVITE,
      { i: { organisationId, email, firstName: "Inès", lastName: `Invitée ${index}`, role, isAdmin: false } },
      { token: tokens[actor] },
    );

    if (outcome === "invited" || outcome === "invited as admin") {
      expect(res.errors).toBeUndefined();
      const isAdmin = outcome === "invited as admin"; // the first person of an organisation administers it
      expect(res.data?.inviteMember).toEqual({ id: expect.any(String), organisationId, email, role, isAdmin });
      const invitationId = res.data!.inviteMember.id;
      expect(await query(`SELECT organisation_id, role, is_admin, invited_by_user_id, accepted_at FROM invitation WHERE email = $1`, [email]))
        .toEqual([{ organisation_id: organisationId, role, is_admin: isAdmin, invited_by_user_id: userIds[actor], accepted_at: null }]);
      const events = await query<{ type: string; invitation: string }>(`SELECT type, payload->>'invitationId' AS invitation FROM journal_event WHERE id > $1 ORDER BY id`, [before.lastEvent]);
      expect(events).toEqual([{ type: "MEMBER_INVITED", invitation: invitationId }]);
      // the e-mail is in the outbox, its delivery queued, with a link to the invitation
      const emails = await query<{ id: string; subject: string; text: string; sent_at: Date | null }>(`SELECT id, subject, text, sent_at FROM outbound_email WHERE to_address = $1`, [email]);
      expect(emails).toHaveLength(1);
      expect(emails[0].subject).toBe(`Invitation à rejoindre ${organisationName} sur Cordée`);
      expect(emails[0].text).toMatch(/\/invitation\/[\w-]{20,}/);
      expect(await query(`SELECT state FROM pgboss.job WHERE name = 'deliver-email' AND data->>'emailId' = $1`, [emails[0].id])).toEqual([{ state: "created" }]);
      return;
    }

    const error = res.errors?.[0] as GraphQLError | undefined;
    expect(res.data?.inviteMember ?? null).toBeNull();
    if (outcome === "BAD_USER_INPUT on role") {
      expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error?.extensions?.fields?.map((f) => f.field)).toEqual(["role"]);
      expect(error?.message).toMatch(/réservé aux agents de la Région/);
    } else {
      expect(error?.extensions?.code).toBe(outcome);
      if (outcome === "FORBIDDEN") expect(error?.message).toMatch(target === "deactivated" ? /est désactivée : personne ne peut y être invité/ : /Seuls les administrateurs de/);
    }
    // nothing written: no invitation, no e-mail, no delivery job, no event
    expect(await counts()).toEqual(before);
    expect(await query(`SELECT id FROM invitation WHERE email = $1`, [email])).toEqual([]);
    expect(await query(`SELECT id FROM outbound_email WHERE to_address = $1`, [email])).toEqual([]);
  });
});
