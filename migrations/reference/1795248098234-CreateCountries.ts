import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCountries1795248098234 implements MigrationInterface {
  name = 'CreateCountries1795248098234';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reference"."countries" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reference"."countries"`);
  }
}
