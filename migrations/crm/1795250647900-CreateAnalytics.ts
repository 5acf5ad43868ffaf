import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAnalytics1795250647900 implements MigrationInterface {
  name = 'CreateAnalytics1795250647900';

  /**
   * The analytics read models, filled by CRM's projections from its own events (and rebuilt from the write
   * tables by `npm run cli -- crm rebuild-analytics`). Every fact column is nullable: a row can be started
   * by any of its aggregate's events, whichever the transport delivers first. `sequence` is that of the
   * newest event applied; the analytics routes aggregate these tables with GROUP BY.
   */
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "crm"."analytics_customers" (
      "id" uuid PRIMARY KEY,
      "sequence" bigint NOT NULL,
      "status" varchar(16),
      "tier" varchar(16),
      "assigned_to" uuid,
      "deleted" boolean,
      "created_at" timestamptz,
      -- A rebuild's row already holds every event up to this sequence: a replay of one adds no transition.
      "rebuilt_through" bigint NOT NULL DEFAULT 0
    )`);
    // One row per lifecycle move (the event's sequence keys it, so a replay cannot count twice).
    await queryRunner.query(`CREATE TABLE "crm"."analytics_customer_transitions" (
      "customer_id" uuid NOT NULL,
      "sequence" bigint NOT NULL,
      "status" varchar(16) NOT NULL,
      "at" timestamptz NOT NULL,
      PRIMARY KEY ("customer_id", "sequence")
    )`);
    await queryRunner.query(`CREATE INDEX "analytics_customer_transitions_at" ON "crm"."analytics_customer_transitions" ("at")`);
    await queryRunner.query(`CREATE TABLE "crm"."analytics_deals" (
      "id" uuid PRIMARY KEY,
      "sequence" bigint NOT NULL,
      "owner_id" uuid,
      "stage" varchar(16),
      "value_amount" bigint,
      "currency" char(3),
      "probability" smallint,
      "created_at" timestamptz,
      "closed_at" timestamptz,
      "deleted" boolean
    )`);
    await queryRunner.query(`CREATE INDEX "analytics_deals_stage" ON "crm"."analytics_deals" ("stage")`);
    await queryRunner.query(`CREATE TABLE "crm"."analytics_interactions" (
      "id" uuid PRIMARY KEY,
      "sequence" bigint NOT NULL,
      "type" varchar(16),
      "follow_up_required" boolean,
      "follow_up_at" timestamptz,
      "ended_at" timestamptz,
      "deleted" boolean
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "crm"."analytics_interactions"`);
    await queryRunner.query(`DROP TABLE "crm"."analytics_deals"`);
    await queryRunner.query(`DROP TABLE "crm"."analytics_customer_transitions"`);
    await queryRunner.query(`DROP TABLE "crm"."analytics_customers"`);
  }
}
