import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLanguages1795248100012 implements MigrationInterface {
  name = 'CreateLanguages1795248100012';

  /** ISO 639-1, keyed by the two-letter code in lower case; written only by the seeder. */
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reference"."languages" (
      "code" char(2) PRIMARY KEY CHECK ("code" ~ '^[a-z]{2}$'),
      "name" text NOT NULL,
      "native_name" text NOT NULL
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reference"."languages"`);
  }
}
