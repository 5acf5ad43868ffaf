import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSandboxProviderRecords1796710000000 implements MigrationInterface {
  name = 'CreateSandboxProviderRecords1796710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The sandbox provider's own memory, kept as a provider keeps its charges: written apart from Billing's
    // transactions, so a charge it made outlives the caller's rollback and the process. A 3-D Secure charge carries
    // its webhook: pending (the attempt it will be, and when), then delivered, or abandoned after too many refusals.
    await queryRunner.query(`CREATE TABLE "billing"."sandbox_provider_records" (
      "kind" varchar(6) NOT NULL,
      "idempotency_key" varchar(300) NOT NULL,
      "token" varchar(255),
      "outcome" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "webhook_state" varchar(9),
      "webhook_attempt" integer,
      "webhook_due_at" timestamptz,
      PRIMARY KEY ("kind", "idempotency_key"),
      CONSTRAINT "CHK_sandbox_provider_records_kind" CHECK ("kind" IN ('charge', 'refund')),
      CONSTRAINT "CHK_sandbox_provider_records_webhook" CHECK (
        "webhook_state" IS NULL
        OR ("webhook_state" IN ('pending', 'delivered', 'abandoned') AND "webhook_attempt" >= 1 AND "webhook_due_at" IS NOT NULL)
      )
    )`);
    // A refund names the charge by the reference the sandbox answered it with.
    await queryRunner.query(
      `CREATE INDEX "IDX_sandbox_provider_records_charge_reference" ON "billing"."sandbox_provider_records" (("outcome"->>'providerReference'))
       WHERE "kind" = 'charge'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_sandbox_provider_records_pending_webhooks" ON "billing"."sandbox_provider_records" ("webhook_due_at")
       WHERE "webhook_state" = 'pending'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "billing"."sandbox_provider_records"`);
  }
}
