import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCustomers1795250644308 implements MigrationInterface {
  name = 'CreateCustomers1795250644308';

  async up(queryRunner: QueryRunner): Promise<void> {
    // company_id has no foreign key: companies are created by a later migration and soft-deleted, and
    // the command checks the company exists when it is named.
    await queryRunner.query(`CREATE TABLE "crm"."customers" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "name" varchar(200) NOT NULL,
      "email" varchar(254) NOT NULL,
      "email_key" varchar(254) NOT NULL,
      "phone" varchar(32),
      "source" varchar(16) NOT NULL CHECK ("source" IN ('inbound', 'outbound', 'referral', 'partner', 'event', 'advertising')),
      "assigned_to" uuid,
      "company_id" uuid,
      "user_id" uuid,
      "tags" text[] NOT NULL DEFAULT '{}',
      "tier" varchar(16) NOT NULL CHECK ("tier" IN ('free', 'basic', 'pro', 'enterprise')),
      "status" varchar(16) NOT NULL CHECK ("status" IN ('lead', 'prospect', 'customer', 'churned')),
      "converted_at" timestamptz,
      "churned_at" timestamptz,
      "churn_reason" text,
      "deleted_at" timestamptz,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "customers_churn_fields_only_when_churned" CHECK (("status" = 'churned') = ("churned_at" IS NOT NULL AND "churn_reason" IS NOT NULL))
    )`);
    // Emails are unique among live customers (case-insensitively); a deleted customer's email is free again.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "customers_one_live_per_email" ON "crm"."customers" ("email_key") WHERE "deleted_at" IS NULL`,
    );
    // A user is linked to one customer, ever (deleted ones included): the sign-up reaction relies on it.
    await queryRunner.query(`CREATE UNIQUE INDEX "customers_one_per_user" ON "crm"."customers" ("user_id") WHERE "user_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "customers_assigned_to" ON "crm"."customers" ("assigned_to") WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "customers_company_id" ON "crm"."customers" ("company_id") WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "customers_status_tier" ON "crm"."customers" ("status", "tier") WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "customers_tags" ON "crm"."customers" USING gin ("tags")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "crm"."customers"`);
  }
}
