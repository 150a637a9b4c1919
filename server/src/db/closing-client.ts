import { Client } from "pg";

const QUERY_READ_TIMEOUT = "Query read timeout";

type QueryMethod = (this: Client, ...args: unknown[]) => unknown;
const query = Client.prototype.query as QueryMethod;

function closeOnReadTimeout(client: Client, error: unknown): void {
  // end() with a query still running destroys the socket: the pool then drops the client
  if (error instanceof Error && error.message === QUERY_READ_TIMEOUT) void client.end().catch(() => {});
}

/**
 * A pg client that closes its connection when a query outlives `query_timeout`. pg answers the
 * caller at once but leaves the query on the connection, which goes back to the pool: once the
 * server answers, the next borrower would run inside the abandoned transaction (and could commit
 * it). Closed, the server rolls that transaction back.
 */
export class ClosingClient extends Client {}

Object.defineProperty(ClosingClient.prototype, "query", {
  value: function (this: Client, ...args: unknown[]): unknown {
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
        closeOnReadTimeout(this, error);
        return callback(error, ...rest);
      };
      return query.apply(this, args);
    }
    const result = query.apply(this, args);
    if (result instanceof Promise) result.catch((error: unknown) => closeOnReadTimeout(this, error));
    return result;
  },
});
