import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStockItems1796540000004 implements MigrationInterface {
  name = 'CreateStockItems1796540000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "warehouse"."stock_items" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "warehouse"."stock_items"`);
  }
}
