import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePaymentMethods1796600000004 implements MigrationInterface {
  name = 'CreatePaymentMethods1796600000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "billing"."payment_methods" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "billing"."payment_methods"`);
  }
}
