import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Partners can join: organisations get a groupement, a creator and a deactivation date, one per
 * SIRET; people get a phone and the administrator flag (the first account of each existing
 * organisation becomes its administrator); invitations, password resets and the e-mail outbox.
 * The job queue's own tables (schema pgboss) are created by pg-boss itself at start-up.
 */
export class PartnersJoin1763870000007 implements MigrationInterface {
  name = "PartnersJoin1763870000007";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" character varying NOT NULL, "first_name" character varying NOT NULL, "last_name" character varying NOT NULL, "role" text NOT NULL, "is_admin" boolean NOT NULL DEFAULT false, "token_hash" character varying NOT NULL, "invited_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_id" uuid, CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_913833c1541e680e8112131222" ON "invitation"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b827d3749ffbb3b5ab5099afd6" ON "invitation"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "outbound_email" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" character varying NOT NULL, "subject" character varying NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "event_type" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "kept_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a0082b26c76b286b5ff8197ff86" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d5887f982a64f67be71ba628cd" ON "outbound_email"  ("to_address") `);
    await queryRunner.query(`CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ad88301fdc79593dd222268a8b" ON "password_reset"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0309de62e0cb0960ebb2cb65c9" ON "password_reset"  ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "groupement_role" text`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "groupement_lead_id" uuid`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "created_by_organisation_id" uuid`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_organisation_siret" ON "organisation" ("siret") WHERE "siret" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "phone" text`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "is_admin" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`UPDATE "app_user" SET "is_admin" = true WHERE "id" IN (SELECT DISTINCT ON ("organisation_id") "id" FROM "app_user" ORDER BY "organisation_id", "created_at", "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "is_admin"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "phone"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_organisation_siret"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "deactivated_at"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "created_by_organisation_id"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "groupement_lead_id"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "groupement_role"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
    await queryRunner.query(`DROP TABLE "outbound_email"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
  }
}
