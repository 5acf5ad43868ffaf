import { MigrationInterface, QueryRunner } from 'typeorm';

/** The framework's own tables: outbox (events to send, and replays), per-aggregate sequences, inbox (handled events), dead letters. */
export class CreateMessaging1795238400000 implements MigrationInterface {
  name = 'CreateMessaging1795238400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "messaging"`);
    await queryRunner.query(`CREATE TABLE "messaging"."outbox" (
      "id" bigserial PRIMARY KEY,
      "event_id" uuid NOT NULL,
      "event_name" varchar(200) NOT NULL,
      "aggregate_id" varchar(200) NOT NULL,
      "target_handler" varchar(200),
      "envelope" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "sent_at" timestamptz
    )`);
    // An event is stored once; a dead letter's replay adds a row aimed at its one handler.
    await queryRunner.query(`CREATE UNIQUE INDEX "outbox_event" ON "messaging"."outbox" ("event_id") WHERE "target_handler" IS NULL`);
    await queryRunner.query(`CREATE INDEX "outbox_unsent" ON "messaging"."outbox" ("id") WHERE "sent_at" IS NULL`);
    await queryRunner.query(
      `CREATE INDEX "outbox_unsent_by_aggregate" ON "messaging"."outbox" ("aggregate_id", "id") WHERE "sent_at" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "outbox_sent_at" ON "messaging"."outbox" ("sent_at") WHERE "sent_at" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "messaging"."aggregate_sequences" (
      "aggregate_id" varchar(200) PRIMARY KEY,
      "last_sequence" bigint NOT NULL
    )`);
    await queryRunner.query(`CREATE TABLE "messaging"."inbox" (
      "event_id" uuid NOT NULL,
      "handler" varchar(200) NOT NULL,
      "processed_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("event_id", "handler")
    )`);
    await queryRunner.query(`CREATE INDEX "inbox_processed_at" ON "messaging"."inbox" ("processed_at")`);
    await queryRunner.query(`CREATE TABLE "messaging"."dead_letters" (
      "id" uuid PRIMARY KEY,
      "event_id" uuid NOT NULL,
      "event_name" varchar(200) NOT NULL,
      "context" varchar(100) NOT NULL,
      "handler" varchar(200) NOT NULL,
      "envelope" jsonb NOT NULL,
      "error" text NOT NULL,
      "attempts" integer NOT NULL,
      "failed_at" timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX "dead_letters_by_context" ON "messaging"."dead_letters" ("context", "failed_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "messaging"."dead_letters"`);
    await queryRunner.query(`DROP TABLE "messaging"."inbox"`);
    await queryRunner.query(`DROP TABLE "messaging"."aggregate_sequences"`);
    await queryRunner.query(`DROP TABLE "messaging"."outbox"`);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "messaging"`);
  }
}
