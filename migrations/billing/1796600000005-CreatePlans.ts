import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePlans1796600000005 implements MigrationInterface {
  name = 'CreatePlans1796600000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    // code in the "C" collation: byte order for the list, as the domain compares codes.
    await queryRunner.query(`CREATE TABLE "billing"."plans" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "code" varchar(32) COLLATE "C" NOT NULL CHECK ("code" ~ '^[a-z0-9-]{2,32}$'),
      "name" varchar(100) NOT NULL,
      "price_amount" bigint NOT NULL CHECK ("price_amount" > 0),
      "price_currency" char(3) NOT NULL,
      "interval" varchar(8) NOT NULL CHECK ("interval" IN ('month', 'year')),
      "trial_days" integer NOT NULL CHECK ("trial_days" BETWEEN 0 AND 365),
      "active" boolean NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "plans_code_unique" ON "billing"."plans" ("code")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "billing"."plans"`);
  }
}
