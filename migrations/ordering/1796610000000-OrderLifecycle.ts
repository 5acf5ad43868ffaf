import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderLifecycle1796610000000 implements MigrationInterface {
  name = 'OrderLifecycle1796610000000';

  /**
   * An order now goes on past `placed` (confirmed, shipped, delivered), is placed with a payment method, and keeps
   * its payment state, shipment and timeline. The timeline is a jsonb column beside `lines`, not a child table: it
   * belongs to the aggregate, is always read and written whole with it (one row per save, as the repository does),
   * holds about ten entries, and is never queried across orders.
   *
   * Orders placed before this release had no payment method: they keep `payment_state` 'none'. Their timeline is
   * rebuilt from the times they already had.
   */
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ordering"."orders"
      ADD "payment_method_id" uuid,
      ADD "payment_state" varchar(16) NOT NULL DEFAULT 'none',
      ADD "shipment_carrier" text,
      ADD "shipment_tracking_number" text,
      ADD "confirmed_at" timestamptz,
      ADD "shipped_at" timestamptz,
      ADD "delivered_at" timestamptz,
      ADD "timeline" jsonb NOT NULL DEFAULT '[]',
      ADD CONSTRAINT "CHK_orders_shipment" CHECK (("shipment_carrier" IS NULL) = ("shipment_tracking_number" IS NULL))`);
    await queryRunner.query(`UPDATE "ordering"."orders" SET "timeline" =
      CASE WHEN "placed_at" IS NULL THEN '[]'::jsonb
           ELSE jsonb_build_array(jsonb_build_object('at', to_jsonb("placed_at"), 'type', 'placed', 'detail', NULL)) END
      || CASE WHEN "cancelled_at" IS NULL THEN '[]'::jsonb
              ELSE jsonb_build_array(jsonb_build_object('at', to_jsonb("cancelled_at"), 'type', 'cancelled', 'detail', "cancellation_reason")) END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Statuses the old code does not know fall back to the nearest it does: the order was placed.
    await queryRunner.query(`UPDATE "ordering"."orders" SET "status" = 'placed' WHERE "status" IN ('confirmed', 'shipped', 'delivered')`);
    await queryRunner.query(`ALTER TABLE "ordering"."orders"
      DROP CONSTRAINT "CHK_orders_shipment",
      DROP COLUMN "timeline",
      DROP COLUMN "delivered_at",
      DROP COLUMN "shipped_at",
      DROP COLUMN "confirmed_at",
      DROP COLUMN "shipment_tracking_number",
      DROP COLUMN "shipment_carrier",
      DROP COLUMN "payment_state",
      DROP COLUMN "payment_method_id"`);
  }
}
