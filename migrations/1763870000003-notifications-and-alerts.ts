import type { MigrationInterface, QueryRunner } from "typeorm";

/** Per-user notifications of journal events, and deadline alerts raised once across instances. */
export class NotificationsAndAlerts1763870000003 implements MigrationInterface {
  name = "NotificationsAndAlerts1763870000003";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "deadline_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying NOT NULL, "subject_id" uuid NOT NULL, "due_date" date NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da6cabdd4a0f32d9266264ad902" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_2d105183dcf91f64306a815420" ON "deadline_alert" ("kind", "subject_id", "due_date")`);
    await q.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "event_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_b7d63128a7f19b0eb87670f201" ON "notification" ("user_id", "event_id")`);
    await q.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_122be1f0696e0255acf95f9e336" FOREIGN KEY ("event_id") REFERENCES "journal_event"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification"`);
    await q.query(`DROP TABLE "deadline_alert"`);
  }
}
