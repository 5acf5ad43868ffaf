import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The email normal form of this migration, frozen here so that a later change of the rule in `Email` comes with
 * its own migration instead of silently changing what this one did: NFC, `toLowerCase()`, NFC.
 */
const normalForm = (text: string): string => text.normalize('NFC').toLowerCase().normalize('NFC');

interface Row {
  id: string;
  /** The address as stored. */
  text: string;
  /** What the rewritten column holds now. */
  current: string;
  /** Whose rows must differ: '' for all users, the user for contacts. */
  owner: string;
}

/**
 * Users' emails were stored as typed and made unique by PostgreSQL's `lower()`, whose rules (collation dependent)
 * disagree with JavaScript's: `İvan@…` registered, then could not log in. From here on the application computes the
 * one normal form and the database compares it byte for byte: stored emails (and email contacts' keys) are rewritten
 * to that form, and the unique index is on the column itself.
 */
export class NormalizeUserEmails1795260000000 implements MigrationInterface {
  name = 'NormalizeUserEmails1795260000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const users: Row[] = await queryRunner.query(
      `SELECT id, email AS text, email AS current, '' AS owner FROM "identity"."users" FOR UPDATE`,
    );
    refuseCollisions(users, 'users share the email');
    await queryRunner.query(`DROP INDEX "identity"."users_email_lower"`);
    await rewrite(queryRunner, users, `UPDATE "identity"."users" SET "email" = $2 WHERE "id" = $1`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email" ON "identity"."users" ("email")`);

    const contacts: Row[] = await queryRunner.query(
      `SELECT id, value AS text, value_key AS current, user_id::text AS owner FROM "identity"."contacts" WHERE "type" = 'email' AND "deleted_at" IS NULL FOR UPDATE`,
    );
    refuseCollisions(contacts, 'live email contacts of one user share the address');
    await rewrite(queryRunner, contacts, `UPDATE "identity"."contacts" SET "value_key" = $2 WHERE "id" = $1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The typed forms are gone; the normal forms stay, under the former index.
    await queryRunner.query(`DROP INDEX "identity"."users_email"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_lower" ON "identity"."users" (lower("email"))`);
  }
}

/** Two rows that become one address cannot be merged by a migration: it stops and names them, for a person to decide. */
function refuseCollisions(rows: Row[], what: string): void {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const row of rows) {
    const key = `${row.owner}\u0000${normalForm(row.text)}`;
    const first = seen.get(key);
    if (first) clashes.push(`${first} and ${row.id} (${normalForm(row.text)})`);
    else seen.set(key, row.id);
  }
  if (clashes.length > 0) throw new Error(`NormalizeUserEmails: ${what} in normal form; resolve before migrating: ${clashes.join('; ')}`);
}

async function rewrite(queryRunner: QueryRunner, rows: Row[], update: string): Promise<void> {
  for (const row of rows) {
    const normal = normalForm(row.text);
    if (normal !== row.current) await queryRunner.query(update, [row.id, normal]);
  }
}
