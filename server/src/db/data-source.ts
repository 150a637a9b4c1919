import "reflect-metadata";
import { types } from "pg";
import { DataSource, type Logger } from "typeorm";
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

export interface DataSourceOptions {
  url: string;
  logger?: Logger;
  poolSize?: number;
}

export function createDataSource({ url, logger, poolSize }: DataSourceOptions): DataSource {
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
    extra: { max: poolSize ?? 10 },
  });
}
