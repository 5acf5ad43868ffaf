import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProducts1796540000002 implements MigrationInterface {
  name = 'CreateProducts1796540000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    // sku in the "C" collation: byte order for the list, and what stock items and movements name a product by.
    await queryRunner.query(`CREATE TABLE "warehouse"."products" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "sku" varchar(64) COLLATE "C" NOT NULL CHECK ("sku" ~ '^[A-Z0-9._-]{1,64}$'),
      "name" varchar(200) NOT NULL,
      "description" varchar(2000),
      "unit" varchar(8) NOT NULL CHECK ("unit" IN ('each', 'kg', 'l', 'm')),
      "barcode" varchar(14) CHECK ("barcode" ~ '^([0-9]{8}|[0-9]{12,14})$'),
      "status" varchar(16) NOT NULL CHECK ("status" IN ('active', 'discontinued')),
      "deleted_at" timestamptz,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
    // Over every row, deleted ones too: a SKU is never reused, since the ledger and orders name products by it.
    // The column holds the upper-case form, so this is unique whatever the case a client typed.
    await queryRunner.query(`CREATE UNIQUE INDEX "products_sku_unique" ON "warehouse"."products" ("sku")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "warehouse"."products"`);
  }
}
