import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCompanies1795250645164 implements MigrationInterface {
  name = 'CreateCompanies1795250645164';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "crm"."companies" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "name" varchar(200) NOT NULL,
      "legal_type" varchar(32) NOT NULL
        CHECK ("legal_type" IN ('llc', 'corporation', 'sole_proprietor', 'partnership', 'non_profit', 'other')),
      "size" varchar(16) NOT NULL CHECK ("size" IN ('micro', 'small', 'medium', 'large', 'enterprise')),
      "industry" varchar(100),
      "tax_id" varchar(64),
      "employee_count" integer CHECK ("employee_count" >= 0),
      "annual_revenue_amount" bigint CHECK ("annual_revenue_amount" >= 0),
      "annual_revenue_currency" char(3),
      "parent_id" uuid REFERENCES "crm"."companies" ("id"),
      "deleted_at" timestamptz,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "companies_revenue_has_currency" CHECK (("annual_revenue_amount" IS NULL) = ("annual_revenue_currency" IS NULL)),
      CONSTRAINT "companies_not_own_parent" CHECK ("parent_id" <> "id")
    )`);
    // Names are unique among live companies whatever their case; a deleted company's name is free again.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "companies_one_live_per_name" ON "crm"."companies" (lower("name")) WHERE "deleted_at" IS NULL`,
    );
    // Serves the subsidiaries list and the count that guards deleting a parent.
    await queryRunner.query(`CREATE INDEX "companies_live_by_parent" ON "crm"."companies" ("parent_id") WHERE "deleted_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "crm"."companies"`);
  }
}
