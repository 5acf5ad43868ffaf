import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReferenceSchema1795248097400 implements MigrationInterface {
  name = 'CreateReferenceSchema1795248097400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "reference"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS "reference"`);
  }
}
