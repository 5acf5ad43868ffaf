import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCountries1795248098234 implements MigrationInterface {
  name = 'CreateCountries1795248098234';

  /**
   * ISO 3166-1, keyed by the alpha-2 code. The seeder writes the data columns and never `active` or
   * `version`; a seeded row starts at version 1 (0 would read as "not saved yet" to the repository).
   */
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reference"."countries" (
      "id" char(2) PRIMARY KEY CHECK ("id" ~ '^[A-Z]{2}$'),
      "version" integer NOT NULL DEFAULT 1,
      "alpha3" char(3) NOT NULL UNIQUE CHECK ("alpha3" ~ '^[A-Z]{3}$'),
      "numeric" char(3) NOT NULL UNIQUE CHECK ("numeric" ~ '^[0-9]{3}$'),
      "name" text NOT NULL,
      "official_name" text NOT NULL,
      "currencies" text[] NOT NULL,
      "calling_codes" text[] NOT NULL,
      "region" text NOT NULL,
      "subregion" text,
      "active" boolean NOT NULL DEFAULT true,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reference"."countries"`);
  }
}
