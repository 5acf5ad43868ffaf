import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Handler ids were derived as `<context>.<HandlerClass>`; each handler now declares its own stable id
 * (`@EventHandler`). The stored ids move with them, or the inbox would forget what ran (events run again)
 * and dead letters would find no handler to replay to. Replay rows of the outbox move whether sent or
 * not: the redelivery sweep and the dead-letter history match them to the inbox by (event, handler).
 * The pairs are frozen here, as they stood when the ids were introduced.
 */
const RENAMED: ReadonlyArray<readonly [derived: string, declared: string]> = [
  ['crm.OnUserRegistered', 'crm.link-signed-up-user-on-user-registered'],
  ['crm.OnUserEmailVerified', 'crm.link-signed-up-user-on-user-email-verified'],
  ['crm.ProjectCustomerAnalytics', 'crm.project-customer-analytics-on-customer-changed'],
  ['crm.ProjectDealAnalytics', 'crm.project-deal-analytics-on-deal-changed'],
  ['crm.ProjectInteractionAnalytics', 'crm.project-interaction-analytics-on-interaction-changed'],
  ['ordering.OnCurrencyActivated', 'ordering.accept-currency-on-currency-activated'],
  ['ordering.OnCurrencyDeactivated', 'ordering.refuse-currency-on-currency-deactivated'],
  ['reference.ForgetCachedAvailability', 'reference.forget-cached-availability-on-availability-changed'],
  ['shipping.CreateShipmentOnOrderPlaced', 'shipping.create-shipment-on-order-placed'],
  ['shipping.CancelShipmentOnOrderCancelled', 'shipping.cancel-shipment-on-order-cancelled'],
];

/** Where a handler id is stored: the inbox's and dead letters' `handler`, a replay row's `target_handler`. */
const COLUMNS = [
  ['inbox', 'handler'],
  ['dead_letters', 'handler'],
  ['outbox', 'target_handler'],
] as const;

export class StableHandlerIds1796540000000 implements MigrationInterface {
  name = 'StableHandlerIds1796540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await rename(queryRunner, RENAMED);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rename(
      queryRunner,
      RENAMED.map(([derived, declared]) => [declared, derived] as const),
    );
  }
}

async function rename(queryRunner: QueryRunner, pairs: ReadonlyArray<readonly [from: string, to: string]>): Promise<void> {
  const values = pairs.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ');
  const parameters = pairs.flat();
  for (const [table, column] of COLUMNS) {
    await queryRunner.query(
      `UPDATE "messaging"."${table}" AS stored SET "${column}" = ids.to_id FROM (VALUES ${values}) AS ids (from_id, to_id) WHERE stored."${column}" = ids.from_id`,
      parameters,
    );
  }
}
