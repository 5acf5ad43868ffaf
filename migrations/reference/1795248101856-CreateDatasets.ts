import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDatasets1795248101856 implements MigrationInterface {
  name = 'CreateDatasets1795248101856';

  /** Which version of each source package the reference tables were last loaded from, and when. */
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reference"."datasets" (
      "source" varchar(100) PRIMARY KEY,
      "version" varchar(50) NOT NULL,
      "loaded_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reference"."datasets"`);
  }
}
