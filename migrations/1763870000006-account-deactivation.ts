import type { MigrationInterface, QueryRunner } from "typeorm";

/** An account can be deactivated: it can no longer sign in, and its sessions end. */
export class AccountDeactivation1763870000006 implements MigrationInterface {
  name = "AccountDeactivation1763870000006";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "deactivated_at"`);
  }
}
