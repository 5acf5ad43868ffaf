import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCrmSchema1795250643393 implements MigrationInterface {
  name = 'CreateCrmSchema1795250643393';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "crm"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS "crm"`);
  }
}
