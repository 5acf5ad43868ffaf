import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWarehouses1796540000003 implements MigrationInterface {
  name = 'CreateWarehouses1796540000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    // code in the "C" collation: byte order for the list, and what stock items and movements name a warehouse by.
    await queryRunner.query(`CREATE TABLE "warehouse"."warehouses" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "code" varchar(16) COLLATE "C" NOT NULL CHECK ("code" ~ '^[A-Z0-9][A-Z0-9-]{0,15}$'),
      "name" varchar(200) NOT NULL,
      "address_line1" varchar(200) NOT NULL,
      "address_line2" varchar(200),
      "city" varchar(100) NOT NULL,
      "postal_code" varchar(20) NOT NULL,
      "region" varchar(100),
      "country" char(2) NOT NULL CHECK ("country" ~ '^[A-Z]{2}$'),
      "time_zone" varchar(64) NOT NULL,
      "status" varchar(16) NOT NULL CHECK ("status" IN ('active', 'inactive')),
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
    // The column holds the upper-case form, so this is unique whatever the case a client typed.
    await queryRunner.query(`CREATE UNIQUE INDEX "warehouses_code_unique" ON "warehouse"."warehouses" ("code")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "warehouse"."warehouses"`);
  }
}
