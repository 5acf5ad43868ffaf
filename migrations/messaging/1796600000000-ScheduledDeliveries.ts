import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A scheduled event (`deliverAt` in its envelope) is handled no earlier than `deliver_at`; the relay sends it at
 * once and the transport holds it. Its delivery is owed from `greatest(sent_at, deliver_at)` (greatest skips a
 * NULL): the redelivery sweep waits EVENT_REDELIVERY_AFTER_MS from then, not from sending, and pruning keeps the
 * row its retention from then. `outbox_unconfirmed` is keyed on that moment, the sweep's order and cursor.
 */
export class ScheduledDeliveries1796600000000 implements MigrationInterface {
  name = 'ScheduledDeliveries1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messaging"."outbox" ADD COLUMN "deliver_at" timestamptz`);
    await queryRunner.query(`DROP INDEX "messaging"."outbox_unconfirmed"`);
    await queryRunner.query(
      `CREATE INDEX "outbox_unconfirmed" ON "messaging"."outbox" ((greatest("sent_at", "deliver_at")), "id") WHERE "sent_at" IS NOT NULL AND "confirmed_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "messaging"."outbox_unconfirmed"`);
    await queryRunner.query(
      `CREATE INDEX "outbox_unconfirmed" ON "messaging"."outbox" ("sent_at", "id") WHERE "sent_at" IS NOT NULL AND "confirmed_at" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "messaging"."outbox" DROP COLUMN "deliver_at"`);
  }
}
