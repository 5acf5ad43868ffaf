import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRoles1795244089571 implements MigrationInterface {
  name = 'CreateRoles1795244089571';

  /** Custom roles only: the five system roles live in code, so a release's new permissions reach them without a data migration. */
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "identity"."roles" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "name" varchar(32) NOT NULL CHECK ("name" ~ '^[a-z][a-z0-9-]{1,31}$'),
      "description" varchar(200) NOT NULL,
      "permissions" text[] NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
    // The name is the key users hold; the index also serves the authenticator's per-request lookup.
    await queryRunner.query(`CREATE UNIQUE INDEX "roles_name" ON "identity"."roles" ("name")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."roles"`);
  }
}
