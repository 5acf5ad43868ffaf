import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInteractions1795250646990 implements MigrationInterface {
  name = 'CreateInteractions1795250646990';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "crm"."interactions" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "crm"."interactions"`);
  }
}
