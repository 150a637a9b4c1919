import { GraphQLError } from "graphql";
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from "typeorm";
import { isDatabaseUnavailable } from "../../server/src/db/faults";
import { formatError } from "../../server/src/graphql/format-error";

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("a database that is away or too slow", () => {
  it("is told apart from a wrong request", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new QueryFailedError("SELECT 1", [], pgError("57P01", "terminating connection due to administrator command")))).toBe(true);
    expect(isDatabaseUnavailable(new QueryFailedError("SELECT 1", [], pgError("57014", "canceling statement due to statement timeout")))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new QueryRunnerAlreadyReleasedError())).toBe(true);
    expect(isDatabaseUnavailable(new QueryRunnerProviderAlreadyReleasedError())).toBe(true);
    expect(isDatabaseUnavailable(new QueryFailedError("SELECT 1", [], pgError("23505", "duplicate key value violates unique constraint")))).toBe(false);
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
  });

  it("answers SERVICE_UNAVAILABLE with a French message and a retry hint, in production too, never the driver's message", () => {
    const cause = new QueryFailedError("SELECT 1", [], pgError("57P01", "terminating connection due to administrator command"));
    const error = new GraphQLError("terminating connection due to administrator command", { originalError: cause, path: ["viewer"] });
    for (const production of [false, true]) {
      const formatted = formatError(production, () => {})(error.toJSON(), error);
      expect(formatted.extensions).toEqual({ code: "SERVICE_UNAVAILABLE", retryAfterSeconds: 5 });
      expect(formatted.message).toMatch(/^Service momentanément indisponible/);
      expect(formatted.message).not.toMatch(/terminating/);
    }
  });
});
