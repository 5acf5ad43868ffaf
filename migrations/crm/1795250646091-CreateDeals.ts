import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDeals1795250646091 implements MigrationInterface {
  name = 'CreateDeals1795250646091';

  /**
   * One row per deal; deleted deals stay (deleted_at) so events and history keep their subject. The
   * checks repeat the domain's rules as a last guard; customer_id has no foreign key on purpose: a deal
   * keeps its customer id even if that customer is later deleted (soft) or its row ever goes.
   */
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "crm"."deals" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "name" varchar(200) NOT NULL,
      "customer_id" uuid NOT NULL,
      "owner_id" uuid NOT NULL,
      "value_amount" bigint NOT NULL CHECK ("value_amount" >= 0),
      "value_currency" char(3) NOT NULL,
      "stage" varchar(16) NOT NULL CHECK ("stage" IN ('lead', 'qualified', 'proposal', 'negotiation', 'closed_won', 'closed_lost')),
      "probability" smallint NOT NULL CHECK ("probability" BETWEEN 0 AND 100),
      "expected_close_date" date NOT NULL,
      "source" varchar(16) NOT NULL CHECK ("source" IN ('inbound', 'outbound', 'referral', 'partner', 'event', 'advertising')),
      "lost_reason" text,
      "closed_at" timestamptz,
      "deleted_at" timestamptz,
      CONSTRAINT "deals_closed_at_only_when_closed" CHECK (("stage" IN ('closed_won', 'closed_lost')) = ("closed_at" IS NOT NULL)),
      CONSTRAINT "deals_lost_reason_only_when_lost" CHECK (("stage" = 'closed_lost') = ("lost_reason" IS NOT NULL))
    )`);
    // Lists and lookups only ever read live deals.
    await queryRunner.query(`CREATE INDEX "deals_owner_id" ON "crm"."deals" ("owner_id") WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "deals_customer_id" ON "crm"."deals" ("customer_id") WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "deals_stage" ON "crm"."deals" ("stage") WHERE "deleted_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "crm"."deals"`);
  }
}
