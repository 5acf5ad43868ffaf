import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProfiles1795244088767 implements MigrationInterface {
  name = 'CreateProfiles1795244088767';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "identity"."profiles" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."profiles"`);
  }
}
