import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFulfillmentSchema1796600000008 implements MigrationInterface {
  name = 'CreateFulfillmentSchema1796600000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "fulfillment"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS "fulfillment"`);
  }
}
