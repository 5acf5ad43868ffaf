import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delivery is confirmed by the inbox, not by the broker: a sent outbox row is `confirmed_at` once each
 * of its handlers has an inbox row or a dead letter (or a later replay took over), and `redelivered`
 * counts the deliveries the redelivery sweep had to send again. The partial index holds only the sent,
 * unconfirmed rows (the last few minutes' worth), so a sweep that finds nothing missing reads little.
 */
export class TrackDeliveryConfirmation1796300000000 implements MigrationInterface {
  name = 'TrackDeliveryConfirmation1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messaging"."outbox" ADD COLUMN "confirmed_at" timestamptz`);
    await queryRunner.query(`ALTER TABLE "messaging"."outbox" ADD COLUMN "redelivered" integer NOT NULL DEFAULT 0`);
    // Rows sent before this migration were relayed under the old rule; the sweep starts with what is sent from now on.
    await queryRunner.query(`UPDATE "messaging"."outbox" SET "confirmed_at" = "sent_at" WHERE "sent_at" IS NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "outbox_unconfirmed" ON "messaging"."outbox" ("sent_at", "id") WHERE "sent_at" IS NOT NULL AND "confirmed_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_replays" ON "messaging"."outbox" ("event_id", "target_handler", "id") WHERE "target_handler" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "outbox_redelivered" ON "messaging"."outbox" ("id") WHERE "redelivered" > 0`);
    await queryRunner.query(`CREATE INDEX "dead_letters_by_event" ON "messaging"."dead_letters" ("event_id", "handler")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "messaging"."dead_letters_by_event"`);
    await queryRunner.query(`DROP INDEX "messaging"."outbox_redelivered"`);
    await queryRunner.query(`DROP INDEX "messaging"."outbox_replays"`);
    await queryRunner.query(`DROP INDEX "messaging"."outbox_unconfirmed"`);
    await queryRunner.query(`ALTER TABLE "messaging"."outbox" DROP COLUMN "redelivered"`);
    await queryRunner.query(`ALTER TABLE "messaging"."outbox" DROP COLUMN "confirmed_at"`);
  }
}
