import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentitySchema1795244086242 implements MigrationInterface {
  name = 'CreateIdentitySchema1795244086242';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "identity"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS "identity"`);
  }
}
