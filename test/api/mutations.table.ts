import type { TestServer } from "../support/test-server";
import { KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";

/**
 * For every mutation of the schema: one call that succeeds and the event type it must write,
 * and one call that fails and must write nothing. A new mutation without its row fails the test.
 */
export interface MutationScenario {
  event: string;
  succeed(api: TestServer): Promise<unknown>;
  fail(api: TestServer): Promise<unknown>;
}

const loginQuery = `mutation($input: LoginInput!) { login(input: $input) { token } }`;

export const MUTATION_SCENARIOS: Record<string, MutationScenario> = {
  login: {
    event: "USER_LOGGED_IN",
    succeed: (api) => api.login(KIND_VIEWERS.COMPANY, WORLD_PASSWORD),
    fail: (api) => api.gql(loginQuery, { input: { email: KIND_VIEWERS.COMPANY, password: "mauvais" } }),
  },
  logout: {
    event: "USER_LOGGED_OUT",
    succeed: async (api) => api.gql(`mutation { logout }`, {}, { token: await api.login(KIND_VIEWERS.REGION, WORLD_PASSWORD) }),
    fail: (api) => api.gql(`mutation { logout }`, {}, { token: "session-inconnue" }),
  },
};
