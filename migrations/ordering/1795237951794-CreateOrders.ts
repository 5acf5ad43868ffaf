import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrders1795237951794 implements MigrationInterface {
  name = 'CreateOrders1795237951794';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "ordering"`);
    await queryRunner.query(
      `CREATE TABLE "ordering"."orders" ("id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "customer_id" uuid NOT NULL, "currency" character(3) NOT NULL, "status" character varying(16) NOT NULL, "lines" jsonb NOT NULL, "total_amount" bigint NOT NULL, "cancellation_reason" text, "placed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_710e2d4957aa5878dfe94e4ac2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_772d0ce0473ac2ccfa26060dbe" ON "ordering"."orders" ("customer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_775c9f06fc27ae3ff8fb26f2c4" ON "ordering"."orders" ("status") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ordering"."IDX_775c9f06fc27ae3ff8fb26f2c4"`);
    await queryRunner.query(`DROP INDEX "ordering"."IDX_772d0ce0473ac2ccfa26060dbe"`);
    await queryRunner.query(`DROP TABLE "ordering"."orders"`);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "ordering"`);
  }
}
