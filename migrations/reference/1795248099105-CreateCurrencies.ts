import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCurrencies1795248099105 implements MigrationInterface {
  name = 'CreateCurrencies1795248099105';

  /**
   * ISO 4217, keyed by the alphabetic code. The seeder writes the data columns and never `active` or
   * `version`; a seeded row starts at version 1 (0 would read as "not saved yet" to the repository).
   */
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reference"."currencies" (
      "id" char(3) PRIMARY KEY CHECK ("id" ~ '^[A-Z]{3}$'),
      "version" integer NOT NULL DEFAULT 1,
      "numeric" char(3) NOT NULL CHECK ("numeric" ~ '^[0-9]{3}$'),
      "name" text NOT NULL,
      "minor_units" integer,
      "symbol" text,
      "active" boolean NOT NULL DEFAULT true,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reference"."currencies"`);
  }
}
