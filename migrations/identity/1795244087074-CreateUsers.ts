import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsers1795244087074 implements MigrationInterface {
  name = 'CreateUsers1795244087074';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "identity"."users" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "email" varchar(254) NOT NULL,
      "password_hash" text NOT NULL,
      "status" varchar(16) NOT NULL CHECK ("status" IN ('active', 'suspended', 'banned')),
      "roles" text[] NOT NULL,
      "email_verified_at" timestamptz,
      "failed_logins" integer NOT NULL DEFAULT 0,
      "locked_until" timestamptz,
      "session_epoch" integer NOT NULL DEFAULT 0,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
    // One account per address whatever its case; the index also serves login's lookup.
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_lower" ON "identity"."users" (lower("email"))`);
    await queryRunner.query(`CREATE INDEX "users_roles" ON "identity"."users" USING gin ("roles")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."users"`);
  }
}
