import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWarehouses1796540000003 implements MigrationInterface {
  name = 'CreateWarehouses1796540000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "warehouse"."warehouses" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "warehouse"."warehouses"`);
  }
}
