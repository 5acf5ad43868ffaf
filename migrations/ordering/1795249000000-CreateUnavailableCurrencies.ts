import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUnavailableCurrencies1795249000000 implements MigrationInterface {
  name = 'CreateUnavailableCurrencies1795249000000';

  /**
   * Ordering's own record of Reference's currency announcements (it never reads Reference's tables):
   * whether a currency is refused for new orders, and the sequence of the announcement that said so.
   */
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "ordering"."unavailable_currencies" (
      "code" char(3) PRIMARY KEY,
      "refused" boolean NOT NULL,
      "sequence" bigint NOT NULL,
      "changed_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "ordering"."unavailable_currencies"`);
  }
}
