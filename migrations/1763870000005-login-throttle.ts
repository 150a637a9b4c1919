import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Failed login counts (rate-limiter-flexible's PostgreSQL store: the columns it expects). No
 * entity maps it: the library alone reads and writes it, and never creates it itself.
 */
export class LoginThrottle1763870000005 implements MigrationInterface {
  name = "LoginThrottle1763870000005";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "login_throttle" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "PK_login_throttle" PRIMARY KEY ("key"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "login_throttle"`);
  }
}
