import { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordCustomerOrders1796700001600 implements MigrationInterface {
  name = 'RecordCustomerOrders1796700001600';

  /**
   * What Ordering's events tell CRM about a customer's orders: counts, the latest placement and the lifetime value
   * (`[{amount, currency}]`, one entry per currency) on the customer; and which order's placement and delivery were
   * counted, on which customer, so that an event delivered again or published twice for one order counts nothing more.
   */
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "crm"."customers"
      ADD COLUMN "order_count" integer NOT NULL DEFAULT 0 CHECK ("order_count" >= 0),
      ADD COLUMN "last_order_at" timestamptz,
      ADD COLUMN "delivered_order_count" integer NOT NULL DEFAULT 0 CHECK ("delivered_order_count" >= 0),
      ADD COLUMN "lifetime_value" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`CREATE TABLE "crm"."customer_orders" (
      "order_id" uuid PRIMARY KEY,
      "customer_id" uuid NOT NULL,
      "placed_at" timestamptz,
      "delivered_at" timestamptz,
      CONSTRAINT "customer_orders_some_fact" CHECK ("placed_at" IS NOT NULL OR "delivered_at" IS NOT NULL)
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "crm"."customer_orders"`);
    await queryRunner.query(`ALTER TABLE "crm"."customers"
      DROP COLUMN "order_count", DROP COLUMN "last_order_at", DROP COLUMN "delivered_order_count", DROP COLUMN "lifetime_value"`);
  }
}
