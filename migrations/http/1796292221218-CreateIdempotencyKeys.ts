import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The HTTP layer's own table: the response stored per (user, Idempotency-Key), written in the transaction
 * of the change it reports, replayed for retries until IDEMPOTENCY_KEY_TTL_HOURS have passed.
 */
export class CreateIdempotencyKeys1796292221218 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1796292221218';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "http"`);
    await queryRunner.query(`CREATE TABLE "http"."idempotency_keys" (
      "user_id" varchar(200) NOT NULL,
      "key" varchar(255) NOT NULL,
      "fingerprint" char(64) NOT NULL,
      "status" smallint NOT NULL,
      "headers" jsonb NOT NULL,
      "body" text,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("user_id", "key")
    )`);
    await queryRunner.query(`CREATE INDEX "idempotency_keys_created_at" ON "http"."idempotency_keys" ("created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "http"."idempotency_keys"`);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "http"`);
  }
}
