import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateContacts1795244087907 implements MigrationInterface {
  name = 'CreateContacts1795244087907';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "identity"."contacts" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "user_id" uuid NOT NULL REFERENCES "identity"."users" ("id"),
      "type" varchar(16) NOT NULL CHECK ("type" IN ('email', 'phone', 'address')),
      "value" text NOT NULL,
      "value_key" text NOT NULL,
      "address" jsonb,
      "is_primary" boolean NOT NULL,
      "verified_at" timestamptz,
      "deleted_at" timestamptz,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "contacts_address_only_for_addresses" CHECK (("type" = 'address') = ("address" IS NOT NULL))
    )`);
    // One primary per type per user among live contacts (checked after every statement: demote before promoting).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "contacts_one_primary_per_type" ON "identity"."contacts" ("user_id", "type") WHERE "is_primary" AND "deleted_at" IS NULL`,
    );
    // The same value twice for one user and type is a duplicate, unless the first was deleted; also serves
    // the lookups of a user's live contacts.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "contacts_one_live_per_value" ON "identity"."contacts" ("user_id", "type", "value_key") WHERE "deleted_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."contacts"`);
  }
}
