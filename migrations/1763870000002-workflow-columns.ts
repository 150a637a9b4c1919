import type { MigrationInterface, QueryRunner } from "typeorm";

/** Columns the workflow needs: group exceptions (1E1F), why a partner left a team, a trainee's exit solution. */
export class WorkflowColumns1763870000002 implements MigrationInterface {
  name = "WorkflowColumns1763870000002";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "training_session" ADD "smaller_group_accepted" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "training_session" ADD "permanent_entry_exit" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "candidacy" ADD "exit_solution" text`);
    await q.query(`ALTER TABLE "team_membership" ADD "left_reason" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "team_membership" DROP COLUMN "left_reason"`);
    await q.query(`ALTER TABLE "candidacy" DROP COLUMN "exit_solution"`);
    await q.query(`ALTER TABLE "training_session" DROP COLUMN "permanent_entry_exit"`);
    await q.query(`ALTER TABLE "training_session" DROP COLUMN "smaller_group_accepted"`);
  }
}
