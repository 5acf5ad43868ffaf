import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSessions1795244090411 implements MigrationInterface {
  name = 'CreateSessions1795244090411';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "identity"."sessions" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "user_id" uuid NOT NULL REFERENCES "identity"."users" ("id"),
      "epoch" integer NOT NULL,
      "token_hash" char(64) NOT NULL UNIQUE,
      "token_expires_at" timestamptz NOT NULL,
      "spent_token_hashes" text[] NOT NULL DEFAULT '{}',
      "revoked_at" timestamptz,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
    // Reuse detection looks a presented token up among the spent ones.
    await queryRunner.query(`CREATE INDEX "sessions_spent_token_hashes" ON "identity"."sessions" USING gin ("spent_token_hashes")`);
    await queryRunner.query(`CREATE INDEX "sessions_user_id" ON "identity"."sessions" ("user_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."sessions"`);
  }
}
