import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateContacts1795244087907 implements MigrationInterface {
  name = 'CreateContacts1795244087907';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "identity"."contacts" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."contacts"`);
  }
}
