import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reservations: one per order (the unique index is the last guard of the idempotent reserve). Lines, allocations and
 * shortages are jsonb: they are part of the aggregate, always read and written whole with it and never queried
 * apart (the stock they hold is counted on stock_items.reserved, under its row lock), so child rows would only add joins.
 */
export class CreateReservations1796540000005 implements MigrationInterface {
  name = 'CreateReservations1796540000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "warehouse"."reservations" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "order_id" uuid NOT NULL,
      "status" character varying(16) NOT NULL,
      "lines" jsonb NOT NULL,
      "allocations" jsonb NOT NULL DEFAULT '[]',
      "shortages" jsonb NOT NULL DEFAULT '[]',
      "expires_at" timestamptz,
      CONSTRAINT "reservations_status_known" CHECK ("status" IN ('held', 'committed', 'released', 'expired', 'failed')),
      CONSTRAINT "reservations_lines_array" CHECK (jsonb_typeof("lines") = 'array' AND jsonb_array_length("lines") > 0),
      CONSTRAINT "reservations_failed_holds_nothing" CHECK (
        ("status" = 'failed') = (jsonb_array_length("allocations") = 0) AND ("status" = 'failed') = ("expires_at" IS NULL)
      )
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "reservations_order_id_unique" ON "warehouse"."reservations" ("order_id")`);
    await queryRunner.query(`CREATE INDEX "reservations_status" ON "warehouse"."reservations" ("status")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "warehouse"."reservations"`);
  }
}
