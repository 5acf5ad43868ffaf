import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProducts1796540000002 implements MigrationInterface {
  name = 'CreateProducts1796540000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "warehouse"."products" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "warehouse"."products"`);
  }
}
