import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInteractions1795250646990 implements MigrationInterface {
  name = 'CreateInteractions1795250646990';

  /**
   * No foreign keys to customers or companies (both are soft-deleted; the handlers check a newly named
   * one exists). The CHECKs repeat the aggregate's rules as a last line of defence.
   */
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "crm"."interactions" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "type" varchar(16) NOT NULL,
      "direction" varchar(16) NOT NULL,
      "subject" varchar(200) NOT NULL,
      "description" text NOT NULL,
      "customer_id" uuid,
      "company_id" uuid,
      "started_at" timestamptz NOT NULL,
      "ended_at" timestamptz,
      "outcome" varchar(16),
      "follow_up_required" boolean NOT NULL,
      "follow_up_at" timestamptz,
      "attendees" jsonb NOT NULL DEFAULT '[]',
      "logged_by" uuid NOT NULL,
      "deleted_at" timestamptz,
      CONSTRAINT "CHK_interactions_party" CHECK ("customer_id" IS NOT NULL OR "company_id" IS NOT NULL),
      CONSTRAINT "CHK_interactions_end_after_start" CHECK ("ended_at" IS NULL OR "ended_at" >= "started_at"),
      CONSTRAINT "CHK_interactions_follow_up_date" CHECK ("follow_up_required" = ("follow_up_at" IS NOT NULL))
    )`);
    await queryRunner.query(`CREATE INDEX "IDX_interactions_customer_id" ON "crm"."interactions" ("customer_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_interactions_company_id" ON "crm"."interactions" ("company_id")`);
    // The follow-ups list reads only live, pending follow-ups, by date.
    await queryRunner.query(
      `CREATE INDEX "IDX_interactions_pending_follow_ups" ON "crm"."interactions" ("follow_up_at") WHERE "follow_up_required" AND "deleted_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "crm"."interactions"`);
  }
}
