import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per recurring background job (pruning, the redelivery sweep): the start of the last period an instance claimed,
 * so that with several instances each period's run happens once, on whichever instance claimed it first.
 */
export class CreateScheduledRuns1796800000000 implements MigrationInterface {
  name = 'CreateScheduledRuns1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "platform"`);
    await queryRunner.query(`CREATE TABLE "platform"."scheduled_runs" (
      "job" varchar(100) PRIMARY KEY,
      "period_start" timestamptz NOT NULL,
      "claimed_by" varchar(200) NOT NULL,
      "claimed_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "platform"."scheduled_runs"`);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "platform"`);
  }
}
