import type { Logger } from "typeorm";

/** Counts the SQL statements the server sends while `counting` is on. */
export class CountingLogger implements Logger {
  counting = false;
  statements = 0;
  logQuery() {
    if (this.counting) this.statements++;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}
