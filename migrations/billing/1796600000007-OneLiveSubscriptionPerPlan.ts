import { MigrationInterface, QueryRunner } from 'typeorm';

export class OneLiveSubscriptionPerPlan1796600000007 implements MigrationInterface {
  name = 'OneLiveSubscriptionPerPlan1796600000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One subscription that has not ended per customer and plan: two racing starts (a client's retry) cannot both bill.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_subscriptions_live_per_plan" ON "billing"."subscriptions" ("customer_id", "plan_code")
       WHERE "status" IN ('trialing', 'active', 'past_due')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "billing"."UQ_subscriptions_live_per_plan"`);
  }
}
