import "reflect-metadata";
import { types } from "pg";
import { DataSource, type Logger } from "typeorm";
import { ClosingClient } from "./closing-client.js";
import { ENTITIES } from "../entities/index.js";
import { MIGRATIONS } from "../../../migrations/index.js";
import { SnakeNamingStrategy } from "./naming.js";

// DATE columns stay "YYYY-MM-DD" strings: a JS Date would shift them by the server's time zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);
// date[] too (signature date options): "{2027-01-26,2027-01-29}" → ["2027-01-26", "2027-01-29"].
const DATE_ARRAY_OID = 1182 as Parameters<typeof types.setTypeParser>[0]; // not in pg's builtins list
types.setTypeParser(DATE_ARRAY_OID, (value: string) => (value === "{}" ? [] : value.slice(1, -1).split(",")));
// bigint ids (the journal) stay strings: they are cursors, never arithmetic.
types.setTypeParser(types.builtins.INT8, (value: string) => value);

/** How long a database wait may last, in ms; 0 or absent: no limit. */
export interface DatabaseTimeouts {
  /** opening a connection, or waiting for a free one in the pool */
  connectMs?: number;
  /** one statement, on the server (statement_timeout), and on the client a little longer (query_timeout) */
  statementMs?: number;
}

export interface DataSourceOptions {
  url: string;
  logger?: Logger;
  poolSize?: number;
  timeouts?: DatabaseTimeouts;
}

// the server cancels a statement cleanly first; the client gives up only on a server that answers nothing
const QUERY_TIMEOUT_MARGIN_MS = 1000;

/** pg pool options (node-postgres 8): https://node-postgres.com/apis/pool and /apis/client */
function poolTimeouts({ connectMs, statementMs }: DatabaseTimeouts = {}): Record<string, number> {
  return {
    ...(connectMs ? { connectionTimeoutMillis: connectMs } : {}),
    ...(statementMs ? { statement_timeout: statementMs, query_timeout: statementMs + QUERY_TIMEOUT_MARGIN_MS } : {}),
  };
}

export function createDataSource({ url, logger, poolSize, timeouts }: DataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: "schema_migration",
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: "pgcrypto",
    synchronize: false,
    logging: logger ? "all" : false,
    logger,
    extra: { max: poolSize ?? 10, Client: ClosingClient, ...poolTimeouts(timeouts) },
  });
}
