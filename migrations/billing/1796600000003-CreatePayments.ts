import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePayments1796600000003 implements MigrationInterface {
  name = 'CreatePayments1796600000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "billing"."payments" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "invoice_id" uuid NOT NULL,
      "customer_id" uuid NOT NULL,
      "payment_method_id" uuid NOT NULL,
      "currency" char(3) NOT NULL,
      "amount" bigint NOT NULL,
      "status" varchar(16) NOT NULL,
      "failure_reason" varchar(100),
      "provider_reference" varchar(255),
      "refunded_amount" bigint NOT NULL,
      "idempotency_key" varchar(300) NOT NULL,
      "reconciliation_attempts" integer NOT NULL,
      CONSTRAINT "CHK_payments_refunded" CHECK ("refunded_amount" BETWEEN 0 AND "amount")
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_payments_idempotency_key" ON "billing"."payments" ("idempotency_key")`);
    await queryRunner.query(`CREATE INDEX "IDX_payments_invoice_id" ON "billing"."payments" ("invoice_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_payments_customer_id" ON "billing"."payments" ("customer_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_payments_provider_reference" ON "billing"."payments" ("provider_reference")`);
    // Each provider event is acted on once: a replay finds its row, inserted in the transaction of the effect.
    await queryRunner.query(`CREATE TABLE "billing"."webhook_events" (
      "provider" varchar(32) NOT NULL,
      "event_id" varchar(255) NOT NULL,
      "type" varchar(64) NOT NULL,
      "received_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("provider", "event_id")
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "billing"."webhook_events"`);
    await queryRunner.query(`DROP TABLE "billing"."payments"`);
  }
}
