import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateBillingSchema1796600000001 implements MigrationInterface {
  name = 'CreateBillingSchema1796600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "billing"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS "billing"`);
  }
}
