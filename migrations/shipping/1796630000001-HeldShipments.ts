import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A placed order's shipment now opens held, and becomes pending when the order releases it (released_at). Existing
 * rows keep their status: a pending, shipped or delivered one was released as it was created, so it gets its
 * created_at; a cancelled one was never asked, so none. The statuses are checked in the table from now on.
 */
export class HeldShipments1796630000001 implements MigrationInterface {
  name = 'HeldShipments1796630000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shipping"."shipments" ADD "released_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "shipping"."shipments" SET "released_at" = "created_at" WHERE "status" IN ('pending', 'shipped', 'delivered')`,
    );
    await queryRunner.query(
      `ALTER TABLE "shipping"."shipments" ADD CONSTRAINT "shipments_status_known" CHECK ("status" IN ('held', 'pending', 'shipped', 'delivered', 'cancelled'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Before held existed a shipment could ship at once: a held one becomes pending.
    await queryRunner.query(`UPDATE "shipping"."shipments" SET "status" = 'pending' WHERE "status" = 'held'`);
    await queryRunner.query(`ALTER TABLE "shipping"."shipments" DROP CONSTRAINT "shipments_status_known"`);
    await queryRunner.query(`ALTER TABLE "shipping"."shipments" DROP COLUMN "released_at"`);
  }
}
