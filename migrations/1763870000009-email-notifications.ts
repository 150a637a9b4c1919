import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Notifications by e-mail: each user's choice per category (absent: its role's default), the
 * notification's e-mail settled once (sent, gathered in a digest, or not sent), attachments in the
 * outbox (calendar events), and a calendar sequence on each dated item so that a changed date
 * updates the same event in people's calendars. Notifications from before are settled: nobody gets
 * a digest of the platform's past.
 */
export class EmailNotifications1763870000009 implements MigrationInterface {
  name = "EmailNotifications1763870000009";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "category" text NOT NULL, "frequency" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d0eaf0cc3621cba401ec57d1df7" PRIMARY KEY ("user_id", "category"))`);
    await queryRunner.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "email_settled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "email_id" uuid`);
    await queryRunner.query(`UPDATE "notification" SET "email_settled_at" = now()`);
    await queryRunner.query(`CREATE INDEX "IDX_122be1f0696e0255acf95f9e33" ON "notification"  ("event_id") `);
    await queryRunner.query(`ALTER TABLE "outbound_email" ADD "attachments" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "meeting" ADD "calendar_sequence" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "review" ADD "calendar_sequence" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "convention" ADD "signature_calendar_sequence" integer NOT NULL DEFAULT '0'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "convention" DROP COLUMN "signature_calendar_sequence"`);
    await queryRunner.query(`ALTER TABLE "review" DROP COLUMN "calendar_sequence"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "calendar_sequence"`);
    await queryRunner.query(`ALTER TABLE "outbound_email" DROP COLUMN "attachments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_122be1f0696e0255acf95f9e33"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "email_id"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "email_settled_at"`);
    await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
  }
}
