import type { TestServer } from "../support/test-server";
import { KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";
import type { MutationScenario } from "./mutations.table";

/** Passes the password rule (12 characters, zxcvbn score 3). */
export const STRONG_PASSWORD = "Quatre chevaux bleus dansent à Orléans";

const REGION = KIND_VIEWERS.REGION;
const OF = KIND_VIEWERS.TRAINING_ORGANISATION;

const as = async (api: TestServer, email: string) => api.login(email, WORLD_PASSWORD);
const run = async (api: TestServer, email: string, query: string, variables: Record<string, unknown> = {}) => api.gql(query, variables, { token: await as(api, email) });
/** A refusal played with a session opened (and any row it needs inserted) before the "nothing changed" baseline. */
function refusedFor(email: string, call: (api: TestServer, token: string, extra: string) => Promise<unknown>, setup?: (api: TestServer) => Promise<string>): Pick<MutationScenario, "prepare" | "fail"> {
  return {
    prepare: async (api) => JSON.stringify({ token: await as(api, email), extra: setup ? await setup(api) : "" }),
    fail: (api, prepared) => {
      const { token, extra } = JSON.parse(prepared!) as { token: string; extra: string };
      return call(api, token, extra);
    },
  };
}
const orgId = async (_api: TestServer, name: string): Promise<string> => (await peopleDb!.query(`SELECT id FROM organisation WHERE name = $1`, [name]))[0].id;

/** The test database, set by the test file (mutations-journal) before the scenarios run. */
let peopleDb: { query(sql: string, params?: unknown[]): Promise<{ id: string; text?: string }[]> } | null = null;
export const usePeopleDatabase = (db: typeof peopleDb) => { peopleDb = db; };

/** The link's token in the last message sent to this address (the outbox keeps it). */
export async function tokenMailedTo(email: string, path: "invitation" | "mot-de-passe"): Promise<string> {
  const [row] = await peopleDb!.query(`SELECT id, text FROM outbound_email WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [email]);
  const token = row?.text?.match(new RegExp(`/${path}/([\\w-]+)`))?.[1];
  if (!token) throw new Error(`no ${path} link mailed to ${email}`);
  return token;
}

const invite = `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }`;
const newCompany = (siret: string) => ({ kind: "COMPANY", name: `Entreprise ${siret}`, department: "45", city: "Orléans", siret, isSiae: false, groupementRole: null, groupementLeadId: null });
const fields = (name: string) => ({ name, department: "45", city: "Tours", siret: null, isSiae: false, groupementRole: null, groupementLeadId: null });
const colleague = async (email: string, deactivated: boolean) =>
  (await peopleDb!.query(
    `INSERT INTO app_user (email, password_hash, first_name, last_name, organisation_id, role, deactivated_at)
     SELECT $1, password_hash, 'Collègue', 'OF1', organisation_id, 'MEMBER', ${deactivated ? "now()" : "NULL"} FROM app_user WHERE email = $2 RETURNING id`,
    [email, OF],
  ))[0].id;

export const PEOPLE_SCENARIOS: Record<string, MutationScenario> = {
  createOrganisation: {
    event: "ORGANISATION_CREATED",
    succeed: (api) => run(api, REGION, `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }`, { i: newCompany("73282932000074") }),
    ...refusedFor(OF, async (api, token) => api.gql(`mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }`, { i: newCompany("51200000000012") }, { token })),
  },
  updateOrganisation: {
    event: "ORGANISATION_UPDATED",
    succeed: async (api) => run(api, REGION, `mutation($id: ID!, $i: OrganisationFields!) { updateOrganisation(id: $id, input: $i) { id } }`, { id: await orgId(api, "ML2"), i: fields("ML2") }),
    ...refusedFor(REGION, async (api, token) => api.gql(`mutation($id: ID!, $i: OrganisationFields!) { updateOrganisation(id: $id, input: $i) { id } }`, { id: await orgId(api, "Company C"), i: { ...fields("Company C"), siret: "12345678901234" } }, { token })),
  },
  deactivateOrganisation: {
    event: "ORGANISATION_DEACTIVATED",
    succeed: async (api) => run(api, REGION, `mutation($i: DeactivateOrganisationInput!) { deactivateOrganisation(input: $i) { id } }`, { i: { organisationId: await orgId(api, "ML2"), reason: "a fusionné avec ML1" } }),
    ...refusedFor(REGION, async (api, token) => api.gql(`mutation($i: DeactivateOrganisationInput!) { deactivateOrganisation(input: $i) { id } }`, { i: { organisationId: await orgId(api, "Region CVL"), reason: "essai" } }, { token })),
  },
  reactivateOrganisation: {
    event: "ORGANISATION_REACTIVATED",
    succeed: async (api) => {
      const id = await orgId(api, "OF2");
      await run(api, REGION, `mutation($i: DeactivateOrganisationInput!) { deactivateOrganisation(input: $i) { id } }`, { i: { organisationId: id, reason: "en pause" } });
      return run(api, REGION, `mutation($id: ID!) { reactivateOrganisation(id: $id) { id } }`, { id });
    },
    ...refusedFor(REGION, async (api, token) => api.gql(`mutation($id: ID!) { reactivateOrganisation(id: $id) { id } }`, { id: await orgId(api, "Company C") }, { token })),
  },
  addNewOrganisationToTeam: {
    event: "TEAM_MEMBER_ADDED",
    succeed: async (api) => run(api, OF, `mutation($i: NewTeamPartnerInput!) { addNewOrganisationToTeam(input: $i) { id } }`, { i: { operationId: await opA(), organisation: newCompany("44306184100047"), isLead: false } }),
    ...refusedFor(OF, async (api, token) => api.gql(`mutation($i: NewTeamPartnerInput!) { addNewOrganisationToTeam(input: $i) { id } }`, { i: { operationId: await opA(), organisation: newCompany("44306184100048"), isLead: false } }, { token })),
  },
  inviteMember: {
    event: "MEMBER_INVITED",
    succeed: async (api) => run(api, OF, invite, { i: { organisationId: await orgId(api, "OF1"), email: "nouvelle@world.test", firstName: "Nina", lastName: "Nouvelle", role: "MEMBER", isAdmin: false } }),
    // a company may not invite into a training organisation
    ...refusedFor(KIND_VIEWERS.COMPANY, async (api, token) => api.gql(invite, { i: { organisationId: await orgId(api, "OF1"), email: "intrus@world.test", firstName: "In", lastName: "Trus", role: "MEMBER", isAdmin: false } }, { token })),
  },
  revokeInvitation: {
    event: "INVITATION_REVOKED",
    succeed: async (api) => {
      const res = await run(api, OF, invite, { i: { organisationId: await orgId(api, "OF1"), email: "annulee@world.test", firstName: "Anne", lastName: "Nulée", role: "MEMBER", isAdmin: false } });
      return run(api, OF, `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: (res.data as { inviteMember: { id: string } }).inviteMember.id });
    },
    ...refusedFor(OF, async (api, token) => api.gql(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: "00000000-0000-4000-8000-000000000000" }, { token })),
  },
  acceptInvitation: {
    event: "INVITATION_ACCEPTED",
    succeed: async (api) => {
      await run(api, OF, invite, { i: { organisationId: await orgId(api, "OF1"), email: "acceptee@world.test", firstName: "Axelle", lastName: "Ceptée", role: "MEMBER", isAdmin: false } });
      return api.gql(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`, { i: { token: await tokenMailedTo("acceptee@world.test", "invitation"), password: STRONG_PASSWORD } });
    },
    fail: (api) => api.gql(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`, { i: { token: "x".repeat(43), password: STRONG_PASSWORD } }),
  },
  requestPasswordReset: {
    event: "PASSWORD_RESET_REQUESTED",
    succeed: (api) => api.gql(`mutation($i: PasswordResetRequestInput!) { requestPasswordReset(input: $i) }`, { i: { email: "ft1@world.test" } }),
    fail: (api) => api.gql(`mutation($i: PasswordResetRequestInput!) { requestPasswordReset(input: $i) }`, { i: { email: "pas-une-adresse" } }),
  },
  resetPassword: {
    event: "PASSWORD_RESET",
    succeed: async (api) => {
      const [{ id: hash }] = await peopleDb!.query(`SELECT password_hash AS id FROM app_user WHERE email = 'company-b@world.test'`);
      await api.gql(`mutation($i: PasswordResetRequestInput!) { requestPasswordReset(input: $i) }`, { i: { email: "company-b@world.test" } });
      const res = await api.gql(`mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`, { i: { token: await tokenMailedTo("company-b@world.test", "mot-de-passe"), password: STRONG_PASSWORD } });
      await peopleDb!.query(`UPDATE app_user SET password_hash = $1 WHERE email = 'company-b@world.test'`, [hash]);
      return res;
    },
    fail: (api) => api.gql(`mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`, { i: { token: "y".repeat(43), password: STRONG_PASSWORD } }),
  },
  updateProfile: {
    event: "PROFILE_UPDATED",
    succeed: (api) => run(api, KIND_VIEWERS.MISSION_LOCALE, `mutation($i: ProfileInput!) { updateProfile(input: $i) { id } }`, { i: { firstName: "Prénom", lastName: "ML1", phone: "02 38 00 00 00" } }),
    ...refusedFor(KIND_VIEWERS.MISSION_LOCALE, async (api, token) => api.gql(`mutation($i: ProfileInput!) { updateProfile(input: $i) { id } }`, { i: { firstName: "Prénom", lastName: "ML1", phone: "pas un numéro" } }, { token })),
  },
  changePassword: {
    event: "PASSWORD_CHANGED",
    succeed: async (api) => {
      const [{ id: hash }] = await peopleDb!.query(`SELECT password_hash AS id FROM app_user WHERE email = 'company-b@world.test'`);
      const res = await run(api, "company-b@world.test", `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, { i: { currentPassword: WORLD_PASSWORD, newPassword: STRONG_PASSWORD } });
      await peopleDb!.query(`UPDATE app_user SET password_hash = $1 WHERE email = 'company-b@world.test'`, [hash]);
      return res;
    },
    ...refusedFor("company-b@world.test", async (api, token) => api.gql(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, { i: { currentPassword: WORLD_PASSWORD, newPassword: "motdepasse1" } }, { token })),
  },
  updateMember: {
    event: "MEMBER_UPDATED",
    succeed: async (api) => run(api, OF, `mutation($i: UpdateMemberInput!) { updateMember(input: $i) { id } }`, { i: { userId: await colleague("collegue-role@world.test", false), role: "MEMBER", isAdmin: true } }),
    // a Region role outside the Region
    ...refusedFor(OF, (api, token, userId) => api.gql(`mutation($i: UpdateMemberInput!) { updateMember(input: $i) { id } }`, { i: { userId, role: "TERRITORIAL_REFERENT", isAdmin: false } }, { token }), () => colleague("collegue-rtf@world.test", false)),
  },
  deactivateMember: {
    event: "USER_DEACTIVATED",
    succeed: async (api) => run(api, OF, `mutation($i: DeactivateMemberInput!) { deactivateMember(input: $i) { id } }`, { i: { userId: await colleague("collegue-partie@world.test", false), reason: "a quitté l'organisme" } }),
    ...refusedFor(OF, async (api, token) => api.gql(`mutation($i: DeactivateMemberInput!) { deactivateMember(input: $i) { id } }`, { i: { userId: (await peopleDb!.query(`SELECT id FROM app_user WHERE email = $1`, [OF]))[0].id, reason: "moi-même" } }, { token })),
  },
  reactivateMember: {
    event: "USER_REACTIVATED",
    succeed: async (api) => run(api, OF, `mutation($id: ID!) { reactivateMember(userId: $id) { id } }`, { id: await colleague("collegue-revenue@world.test", true) }),
    ...refusedFor(OF, (api, token, id) => api.gql(`mutation($id: ID!) { reactivateMember(userId: $id) { id } }`, { id }, { token }), () => colleague("collegue-active@world.test", false)),
  },
};

async function opA(): Promise<string> {
  return (await peopleDb!.query(`SELECT id FROM operation WHERE title = 'Op A'`))[0].id;
}
