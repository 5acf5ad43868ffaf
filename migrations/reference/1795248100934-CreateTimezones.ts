import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTimezones1795248100934 implements MigrationInterface {
  name = 'CreateTimezones1795248100934';

  /**
   * IANA zones, keyed by the zone's name; `aliases` are the other names of its group (former names, links),
   * which lookups resolve to it. No offset is stored: it depends on the moment, so it is computed when read.
   */
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reference"."timezones" (
      "name" text PRIMARY KEY,
      "aliases" text[] NOT NULL,
      "country_code" char(2) CHECK ("country_code" ~ '^[A-Z]{2}$'),
      "country_name" text,
      "main_cities" text[] NOT NULL
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reference"."timezones"`);
  }
}
