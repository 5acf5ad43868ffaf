import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWarehouseSchema1796540000001 implements MigrationInterface {
  name = 'CreateWarehouseSchema1796540000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "warehouse"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS "warehouse"`);
  }
}
