import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSubscriptions1796600000006 implements MigrationInterface {
  name = 'CreateSubscriptions1796600000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    // plan_code names billing.plans(code), which never changes; no foreign key, as between the other billing tables.
    await queryRunner.query(`CREATE TABLE "billing"."subscriptions" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "customer_id" uuid NOT NULL,
      "plan_code" varchar(32) NOT NULL,
      "payment_method_id" uuid NOT NULL,
      "status" varchar(16) NOT NULL CHECK ("status" IN ('trialing', 'active', 'past_due', 'canceled', 'unpaid')),
      "anchor" timestamptz NOT NULL,
      "current_period_start" timestamptz NOT NULL,
      "current_period_end" timestamptz NOT NULL CHECK ("current_period_end" > "current_period_start"),
      "cancel_at_period_end" boolean NOT NULL,
      "dunning_attempt" integer NOT NULL CHECK ("dunning_attempt" >= 0),
      "past_due_since" timestamptz,
      "latest_invoice_id" uuid,
      "canceled_at" timestamptz,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
    // A customer's subscriptions, newest first (ids are UUIDv7).
    await queryRunner.query(`CREATE INDEX "subscriptions_customer" ON "billing"."subscriptions" ("customer_id", "id" DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "billing"."subscriptions"`);
  }
}
