import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInvoices1796600000002 implements MigrationInterface {
  name = 'CreateInvoices1796600000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "billing"."invoices" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "kind" varchar(16) NOT NULL,
      "customer_id" uuid NOT NULL,
      "currency" char(3) NOT NULL,
      "status" varchar(16) NOT NULL,
      "number" varchar(32),
      "lines" jsonb NOT NULL,
      "total_amount" bigint NOT NULL,
      "amount_paid" bigint NOT NULL,
      "amount_credited" bigint NOT NULL,
      "issued_at" timestamptz,
      "due_date" date,
      "notes" text,
      "source_reference" varchar(200),
      "credited_invoice_id" uuid,
      "paid_at" timestamptz,
      "voided_at" timestamptz,
      CONSTRAINT "UQ_invoices_number" UNIQUE ("number"),
      CONSTRAINT "UQ_invoices_source_reference" UNIQUE ("source_reference")
    )`);
    await queryRunner.query(`CREATE INDEX "IDX_invoices_customer_id" ON "billing"."invoices" ("customer_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_invoices_status" ON "billing"."invoices" ("status")`);
    await queryRunner.query(`CREATE INDEX "IDX_invoices_credited_invoice_id" ON "billing"."invoices" ("credited_invoice_id")`);
    // The last number given per series (INV, CN) and year; the issuing transaction counts it up (invoice-numbering.typeorm.ts).
    await queryRunner.query(`CREATE TABLE "billing"."invoice_sequences" (
      "series" varchar(8) NOT NULL,
      "year" integer NOT NULL,
      "last" integer NOT NULL,
      PRIMARY KEY ("series", "year")
    )`);
    // Billing's own record of Reference's currency announcements (it never reads Reference's tables).
    await queryRunner.query(`CREATE TABLE "billing"."unavailable_currencies" (
      "code" char(3) PRIMARY KEY,
      "refused" boolean NOT NULL,
      "sequence" bigint NOT NULL,
      "changed_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "billing"."unavailable_currencies"`);
    await queryRunner.query(`DROP TABLE "billing"."invoice_sequences"`);
    await queryRunner.query(`DROP TABLE "billing"."invoices"`);
  }
}
