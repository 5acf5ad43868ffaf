import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsers1795244087074 implements MigrationInterface {
  name = 'CreateUsers1795244087074';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "identity"."users" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."users"`);
  }
}
