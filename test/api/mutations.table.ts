import type { TestServer } from "../support/test-server";
import { KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";
import { NOTIFICATION_SCENARIOS } from "./notifications.scenarios";
import { PEOPLE_SCENARIOS } from "./people.scenarios";

/**
 * For every mutation of the schema: one call that succeeds and the event type it must write,
 * and one call that fails and must write nothing. A new mutation without its row fails the test.
 */
export interface MutationScenario {
  event: string;
  succeed(api: TestServer): Promise<unknown>;
  /** runs before the failure's "nothing changed" baseline is taken (e.g. a login) */
  prepare?(api: TestServer): Promise<string>;
  fail(api: TestServer, prepared: string | undefined): Promise<unknown>;
}

const loginQuery = `mutation($input: LoginInput!) { login(input: $input) { token } }`;

export const MUTATION_SCENARIOS: Record<string, MutationScenario> = {
  login: {
    event: "USER_LOGGED_IN",
    succeed: (api) => api.login(KIND_VIEWERS.COMPANY, WORLD_PASSWORD),
    fail: (api) => api.gql(loginQuery, { input: { email: KIND_VIEWERS.COMPANY, password: "mauvais" } }),
  },
  markNotificationsRead: {
    event: "NOTIFICATIONS_READ",
    // a notification to read first: an event every partner kind is notified of (GROUP_CONSTITUTED)
    succeed: async (api) => {
      const token = await api.login(KIND_VIEWERS.TRAINING_ORGANISATION, WORLD_PASSWORD);
      await api.server.journal.run({ userId: null, organisationId: null }, async (tx) => {
        const [{ id }] = await tx.manager.query(`SELECT operation_id AS id FROM team_membership tm JOIN app_user u ON u.organisation_id = tm.organisation_id WHERE u.email = $1 LIMIT 1`, [KIND_VIEWERS.TRAINING_ORGANISATION]);
        await tx.record({ type: "GROUP_CONSTITUTED", operationId: id });
      });
      return api.gql(`mutation { markNotificationsRead }`, {}, { token });
    },
    // nothing unread for a partner who left the team: refused, and nothing written
    prepare: (api) => api.login("of-gone@world.test", WORLD_PASSWORD),
    fail: (api, token) => api.gql(`mutation { markNotificationsRead }`, {}, { token }),
  },
  ...PEOPLE_SCENARIOS,
  ...NOTIFICATION_SCENARIOS,
  logout: {
    event: "USER_LOGGED_OUT",
    succeed: async (api) => api.gql(`mutation { logout }`, {}, { token: await api.login(KIND_VIEWERS.REGION, WORLD_PASSWORD) }),
    fail: (api) => api.gql(`mutation { logout }`, {}, { token: "session-inconnue" }),
  },
};
