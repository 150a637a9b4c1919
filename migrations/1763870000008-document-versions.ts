import type { MigrationInterface, QueryRunner } from "typeorm";

/** Official documents kept as issued: the exact PDF bytes of each signed version of a convention. */
export class DocumentVersions1763870000008 implements MigrationInterface {
  name = "DocumentVersions1763870000008";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "document_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "subject_id" uuid NOT NULL, "version" integer NOT NULL, "sha256" character varying NOT NULL, "size_bytes" integer NOT NULL, "content" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a4c39c95456c5dbb2e96cca713c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_64d7ed653beba3e84aaf5f950a" ON "document_version"  ("kind", "subject_id", "version") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "document_version"`);
  }
}
