import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCurrencies1795248099105 implements MigrationInterface {
  name = 'CreateCurrencies1795248099105';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reference"."currencies" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reference"."currencies"`);
  }
}
