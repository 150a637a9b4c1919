import type { MigrationInterface, QueryRunner } from "typeorm";
import { DEFI_RULES, ONE_JOB_ONE_TRAINING_RULES } from "../server/src/domain/programme-rules.js";

/**
 * Each programme its own process: the processes as data in the programmes' rules; signature
 * options with times; attendance at the signature, reviews and meetings; places; path referents;
 * intermediate reviews; the DEFI bonus acknowledged and paid; a purchase order requested again
 * after a refusal or a withdrawal.
 */
export class ProcessAndTime1763870000004 implements MigrationInterface {
  name = "ProcessAndTime1763870000004";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "operation_id" uuid NOT NULL, "training_session_id" uuid, "kind" text NOT NULL, "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying NOT NULL, "organised_by_organisation_id" uuid NOT NULL, "held_at" TIMESTAMP WITH TIME ZONE, "notes" text, "attendee_organisation_ids" uuid array NOT NULL DEFAULT '{}', "attendee_candidacy_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_a2e2dc63fb25ac648c56670c09" ON "meeting" ("operation_id")`);
    await q.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_a2e2dc63fb25ac648c56670c09a" FOREIGN KEY ("operation_id") REFERENCES "operation"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_25889f29565fa4d2bc391daac45" FOREIGN KEY ("training_session_id") REFERENCES "training_session"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);

    // signature options carry their times; a date proposed before times existed gets 09:00
    await q.query(`ALTER TABLE "convention" ADD "signature_options" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`UPDATE "convention" SET "signature_options" = (SELECT coalesce(jsonb_agg(jsonb_build_object('date', d, 'startTime', '09:00', 'endTime', NULL) ORDER BY d), '[]') FROM unnest("signature_date_options") AS d)`);
    await q.query(`ALTER TABLE "convention" DROP COLUMN "signature_date_options"`);
    await q.query(`ALTER TABLE "convention" ADD "signature_attendance_recorded_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "convention" ADD "signature_attendee_organisation_ids" uuid array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "convention" ADD "signature_attendee_candidacy_ids" uuid array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "convention_signatory" ADD "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await q.query(`ALTER TABLE "convention_signatory" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`);

    await q.query(`ALTER TABLE "training_session" ADD "group_below_minimum_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "hiring_intention" ADD "entered_by_training_organisation" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "candidacy" ADD "place" text`);
    await q.query(`UPDATE "candidacy" SET "place" = 'FUNDED' WHERE "status" IN ('ADMITTED', 'LEFT')`);
    await q.query(`ALTER TABLE "candidacy" ADD "path_referent" text`);
    await q.query(`ALTER TABLE "closure" ADD "bonus_acknowledged_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "closure" ADD "bonus_paid_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "review" ADD "kind" text NOT NULL DEFAULT 'FINAL'`);
    await q.query(`ALTER TABLE "review" ADD "attendee_organisation_ids" uuid array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "review" ADD "attendee_candidacy_ids" uuid array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "review_outcome" ADD "employer_id" uuid`);
    await q.query(`ALTER TABLE "review_outcome" ADD CONSTRAINT "FK_bcd65349ac389057e0b9444ad83" FOREIGN KEY ("employer_id") REFERENCES "organisation"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);

    // one standing purchase order per intention: a refused or cancelled one can be requested again
    await q.query(`ALTER TABLE "purchase_order" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "purchase_order" DROP CONSTRAINT "FK_b7c42b21e41e5b8808ae18e3769"`);
    await q.query(`ALTER TABLE "purchase_order" DROP CONSTRAINT "UQ_b7c42b21e41e5b8808ae18e3769"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_purchase_order_standing_intention" ON "purchase_order" ("hiring_intention_id") WHERE status NOT IN ('REFUSED', 'CANCELLED')`);
    await q.query(`ALTER TABLE "purchase_order" ADD CONSTRAINT "FK_b7c42b21e41e5b8808ae18e3769" FOREIGN KEY ("hiring_intention_id") REFERENCES "hiring_intention"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);

    const rules = `UPDATE programme SET rules = $2 WHERE code = $1`;
    await q.query(rules, ["DEFI", JSON.stringify(DEFI_RULES)]);
    await q.query(rules, ["UN_EMPLOI_UNE_FORMATION", JSON.stringify(ONE_JOB_ONE_TRAINING_RULES)]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "review_outcome" DROP CONSTRAINT "FK_bcd65349ac389057e0b9444ad83"`);
    await q.query(`ALTER TABLE "purchase_order" DROP CONSTRAINT "FK_b7c42b21e41e5b8808ae18e3769"`);
    await q.query(`DROP INDEX "public"."UQ_purchase_order_standing_intention"`);
    await q.query(`ALTER TABLE "purchase_order" ADD CONSTRAINT "UQ_b7c42b21e41e5b8808ae18e3769" UNIQUE ("hiring_intention_id")`);
    await q.query(`ALTER TABLE "purchase_order" ADD CONSTRAINT "FK_b7c42b21e41e5b8808ae18e3769" FOREIGN KEY ("hiring_intention_id") REFERENCES "hiring_intention"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "purchase_order" DROP COLUMN "cancelled_at"`);
    for (const column of ["employer_id"]) await q.query(`ALTER TABLE "review_outcome" DROP COLUMN "${column}"`);
    for (const column of ["attendee_candidacy_ids", "attendee_organisation_ids", "kind"]) await q.query(`ALTER TABLE "review" DROP COLUMN "${column}"`);
    for (const column of ["bonus_paid_at", "bonus_acknowledged_at"]) await q.query(`ALTER TABLE "closure" DROP COLUMN "${column}"`);
    for (const column of ["path_referent", "place"]) await q.query(`ALTER TABLE "candidacy" DROP COLUMN "${column}"`);
    await q.query(`ALTER TABLE "hiring_intention" DROP COLUMN "entered_by_training_organisation"`);
    await q.query(`ALTER TABLE "training_session" DROP COLUMN "group_below_minimum_at"`);
    for (const column of ["withdrawn_at", "added_at"]) await q.query(`ALTER TABLE "convention_signatory" DROP COLUMN "${column}"`);
    await q.query(`ALTER TABLE "convention" ADD "signature_date_options" date array NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE "convention" SET "signature_date_options" = ARRAY(SELECT (o->>'date')::date FROM jsonb_array_elements("signature_options") AS o)`);
    for (const column of ["signature_attendee_candidacy_ids", "signature_attendee_organisation_ids", "signature_attendance_recorded_at", "signature_options"]) {
      await q.query(`ALTER TABLE "convention" DROP COLUMN "${column}"`);
    }
    await q.query(`DROP TABLE "meeting"`);
  }
}
