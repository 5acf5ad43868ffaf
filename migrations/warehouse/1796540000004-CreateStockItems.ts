import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStockItems1796540000004 implements MigrationInterface {
  name = 'CreateStockItems1796540000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per product and warehouse; the checks keep available (on_hand - reserved) from going below zero
    // even if a rule in the code were bypassed. sku and code in the "C" collation, as products and warehouses hold
    // them: byte order is the one order every lock takes rows in, and the unique index serves it.
    await queryRunner.query(`CREATE TABLE "warehouse"."stock_items" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "sku" character varying(64) COLLATE "C" NOT NULL,
      "warehouse_code" character varying(16) COLLATE "C" NOT NULL,
      "unit" character varying(4) NOT NULL,
      "on_hand" numeric(15,3) NOT NULL DEFAULT 0,
      "reserved" numeric(15,3) NOT NULL DEFAULT 0,
      "reorder_point" numeric(15,3),
      CONSTRAINT "UQ_stock_items_sku_warehouse" UNIQUE ("sku", "warehouse_code"),
      CONSTRAINT "CHK_stock_items_unit" CHECK ("unit" IN ('each', 'kg', 'l', 'm')),
      CONSTRAINT "CHK_stock_items_on_hand" CHECK ("on_hand" >= 0),
      CONSTRAINT "CHK_stock_items_reserved" CHECK ("reserved" >= 0 AND "reserved" <= "on_hand"),
      CONSTRAINT "CHK_stock_items_reorder_point" CHECK ("reorder_point" IS NULL OR "reorder_point" > 0)
    )`);
    await queryRunner.query(`CREATE INDEX "IDX_stock_items_warehouse_code" ON "warehouse"."stock_items" ("warehouse_code")`);

    // The ledger: one row per change of a stock item's on_hand, signed, so on_hand is the sum of its rows.
    await queryRunner.query(`CREATE TABLE "warehouse"."stock_movements" (
      "id" uuid PRIMARY KEY,
      "stock_item_id" uuid NOT NULL REFERENCES "warehouse"."stock_items" ("id"),
      "sku" character varying(64) COLLATE "C" NOT NULL,
      "warehouse_code" character varying(16) COLLATE "C" NOT NULL,
      "type" character varying(16) NOT NULL,
      "quantity" numeric(15,3) NOT NULL,
      "resulting_on_hand" numeric(15,3) NOT NULL,
      "actor" character varying(100) NOT NULL,
      "reason" character varying(16),
      "note" text,
      "reference" character varying(100),
      "transfer_id" uuid,
      "occurred_at" timestamptz NOT NULL,
      CONSTRAINT "CHK_stock_movements_type" CHECK ("type" IN ('receipt', 'issue', 'adjustment', 'transfer-out', 'transfer-in')),
      CONSTRAINT "CHK_stock_movements_quantity" CHECK ("quantity" <> 0),
      CONSTRAINT "CHK_stock_movements_resulting_on_hand" CHECK ("resulting_on_hand" >= 0),
      CONSTRAINT "CHK_stock_movements_reason" CHECK (
        ("type" = 'adjustment' AND "reason" IN ('count', 'damage', 'loss', 'found')) OR ("type" <> 'adjustment' AND "reason" IS NULL)
      ),
      CONSTRAINT "CHK_stock_movements_transfer" CHECK (("type" IN ('transfer-out', 'transfer-in')) = ("transfer_id" IS NOT NULL))
    )`);
    await queryRunner.query(`CREATE INDEX "IDX_stock_movements_stock_item" ON "warehouse"."stock_movements" ("stock_item_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_stock_movements_sku" ON "warehouse"."stock_movements" ("sku", "occurred_at")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_stock_movements_warehouse_code" ON "warehouse"."stock_movements" ("warehouse_code", "occurred_at")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_stock_movements_occurred_at" ON "warehouse"."stock_movements" ("occurred_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_stock_movements_transfer_id" ON "warehouse"."stock_movements" ("transfer_id")`);

    // Append-only: a recorded movement is history; a correction is a new adjustment, never an edit.
    await queryRunner.query(`CREATE FUNCTION "warehouse"."refuse_stock_movement_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'warehouse.stock_movements is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
      END
    $$`);
    await queryRunner.query(`CREATE TRIGGER "stock_movements_append_only" BEFORE UPDATE OR DELETE ON "warehouse"."stock_movements"
      FOR EACH ROW EXECUTE FUNCTION "warehouse"."refuse_stock_movement_change"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "warehouse"."stock_movements"`);
    await queryRunner.query(`DROP FUNCTION "warehouse"."refuse_stock_movement_change"()`);
    await queryRunner.query(`DROP TABLE "warehouse"."stock_items"`);
  }
}
