import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A held reservation can be confirmed: it then waits for its issue or release without expiry, so a held row may have
 * no expires_at once confirmed_at is set. Each shortage names its reason; the rows failed before reasons existed were
 * all short of stock, so they are given 'insufficient'.
 */
export class ConfirmReservations1796630000000 implements MigrationInterface {
  name = 'ConfirmReservations1796630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "warehouse"."reservations" ADD "confirmed_at" timestamptz`);
    await queryRunner.query(`ALTER TABLE "warehouse"."reservations" DROP CONSTRAINT "reservations_failed_holds_nothing"`);
    await queryRunner.query(`ALTER TABLE "warehouse"."reservations" ADD CONSTRAINT "reservations_failed_holds_nothing" CHECK (
      ("status" = 'failed') = (jsonb_array_length("allocations") = 0)
      AND ("status" <> 'failed' OR ("expires_at" IS NULL AND "confirmed_at" IS NULL))
      AND ("status" = 'failed' OR ("expires_at" IS NULL) = ("confirmed_at" IS NOT NULL))
    )`);
    await queryRunner.query(`UPDATE "warehouse"."reservations"
      SET "shortages" = (SELECT jsonb_agg("shortage" || '{"reason": "insufficient"}') FROM jsonb_array_elements("shortages") AS "shortage")
      WHERE jsonb_array_length("shortages") > 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // A confirmed reservation had no expiry before this migration: it gets one now, as every held row then had.
    await queryRunner.query(`UPDATE "warehouse"."reservations" SET "expires_at" = "confirmed_at" WHERE "confirmed_at" IS NOT NULL`);
    await queryRunner.query(`UPDATE "warehouse"."reservations"
      SET "shortages" = (SELECT jsonb_agg("shortage" - 'reason') FROM jsonb_array_elements("shortages") AS "shortage")
      WHERE jsonb_array_length("shortages") > 0`);
    await queryRunner.query(`ALTER TABLE "warehouse"."reservations" DROP CONSTRAINT "reservations_failed_holds_nothing"`);
    await queryRunner.query(`ALTER TABLE "warehouse"."reservations" ADD CONSTRAINT "reservations_failed_holds_nothing" CHECK (
      ("status" = 'failed') = (jsonb_array_length("allocations") = 0) AND ("status" = 'failed') = ("expires_at" IS NULL)
    )`);
    await queryRunner.query(`ALTER TABLE "warehouse"."reservations" DROP COLUMN "confirmed_at"`);
  }
}
