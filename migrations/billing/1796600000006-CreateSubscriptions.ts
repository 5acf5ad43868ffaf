import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSubscriptions1796600000006 implements MigrationInterface {
  name = 'CreateSubscriptions1796600000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "billing"."subscriptions" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "billing"."subscriptions"`);
  }
}
