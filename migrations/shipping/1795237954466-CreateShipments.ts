import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateShipments1795237954466 implements MigrationInterface {
  name = 'CreateShipments1795237954466';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "shipping"`);
    await queryRunner.query(
      `CREATE TABLE "shipping"."shipments" ("id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "order_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "carrier" character varying(100), "tracking_number" character varying(100), "shipped_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6deda4532ac542a93eab214b564" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e86fac2a18a75dcb82bfbb23f4" ON "shipping"."shipments" ("order_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6a19baf6dd62cac42fbb40a518" ON "shipping"."shipments" ("status") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "shipping"."IDX_6a19baf6dd62cac42fbb40a518"`);
    await queryRunner.query(`DROP INDEX "shipping"."IDX_e86fac2a18a75dcb82bfbb23f4"`);
    await queryRunner.query(`DROP TABLE "shipping"."shipments"`);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "shipping"`);
  }
}
