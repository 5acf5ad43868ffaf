import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rows a refused login at an address with no user locks and updates in place of a user's row, so that it costs the
 * same row lock, write and commit flush as a refusal for a real account (see LoginDecoySlots, which picks the row).
 */
export class CreateLoginDecoys1796500000000 implements MigrationInterface {
  name = 'CreateLoginDecoys1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "identity"."login_decoys" (
      "slot" smallint PRIMARY KEY,
      "refusals" bigint NOT NULL DEFAULT 0,
      "refused_at" timestamptz
    ) WITH (fillfactor = 50)`);
    // Half of each page is left free (fillfactor) for a row's next version, so that an update stays in place (HOT) as a
    // user row's does, rather than also writing the primary key. A fixed set of rows: LOGIN_DECOY_SLOTS in
    // login-decoys.ts (a migration keeps its own copy of the number, which never changes).
    await queryRunner.query(`INSERT INTO "identity"."login_decoys" ("slot") SELECT generate_series(0, 4095)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."login_decoys"`);
  }
}
