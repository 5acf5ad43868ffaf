import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePaymentMethods1796600000004 implements MigrationInterface {
  name = 'CreatePaymentMethods1796600000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "billing"."payment_methods" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "customer_id" uuid NOT NULL,
      "provider" varchar(32) NOT NULL,
      "token" varchar(255) NOT NULL,
      "label" varchar(100) NOT NULL,
      "deleted_at" timestamptz
    )`);
    await queryRunner.query(`CREATE INDEX "IDX_payment_methods_customer_id" ON "billing"."payment_methods" ("customer_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "billing"."payment_methods"`);
  }
}
