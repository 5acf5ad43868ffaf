import { EntityManager } from 'typeorm';

/** How many read-model rows a rebuild wrote, per table. */
export interface AnalyticsRebuildCounts {
  customers: number;
  customerTransitions: number;
  deals: number;
  interactions: number;
}

const READ_MODELS = ['analytics_customer_transitions', 'analytics_customers', 'analytics_deals', 'analytics_interactions'];

/** The newest event the outbox numbered for the aggregate `id` (0 if none): the row then holds every event up to it. */
const lastSequence = (id: string) =>
  `COALESCE((SELECT s.last_sequence FROM messaging.aggregate_sequences s WHERE s.aggregate_id = ${id}::text), 0)`;

/**
 * Empties the analytics read models and refills them from CRM's write tables, for
 * `npm run cli -- crm rebuild-analytics`. Run it inside one REPEATABLE READ transaction (the caller opens
 * it): the lock, taken before the snapshot, makes the projections' handlers wait for the commit, and every
 * INSERT … SELECT reads the same snapshot. Each row takes its aggregate's last event sequence, so an event
 * replayed later is older than the row and only fills what it does not know (the projection's rule); a
 * customer's `rebuilt_through` also stops such a replay from adding a lifecycle move twice.
 *
 * The write model keeps only created_at, converted_at and churned_at, so those are the moves a rebuild
 * restores (as lead, customer, churned); qualifications and reactivations leave no date behind and are lost.
 */
export async function rebuildAnalytics(manager: EntityManager): Promise<AnalyticsRebuildCounts> {
  await manager.query(`LOCK TABLE ${READ_MODELS.map((table) => `crm.${table}`).join(', ')} IN EXCLUSIVE MODE`);
  for (const table of READ_MODELS) await manager.query(`DELETE FROM crm.${table}`);

  const customers = await count(
    manager,
    `INSERT INTO crm.analytics_customers (id, sequence, status, tier, assigned_to, deleted, created_at, rebuilt_through)
     SELECT c.id, seq.last, c.status, c.tier, c.assigned_to, c.deleted_at IS NOT NULL, c.created_at, seq.last
       FROM crm.customers c CROSS JOIN LATERAL (SELECT ${lastSequence('c.id')} AS last) seq`,
  );
  // Synthetic sequences 1-3, in the moves' order: none above rebuilt_through once the outbox has numbered the
  // customer's events (a converted customer has at least created, qualified, converted).
  const customerTransitions = await count(
    manager,
    `INSERT INTO crm.analytics_customer_transitions (customer_id, sequence, status, at)
     SELECT c.id, move.sequence, move.status, move.at
       FROM crm.customers c
       CROSS JOIN LATERAL (VALUES (1, 'lead', c.created_at), (2, 'customer', c.converted_at), (3, 'churned', c.churned_at)) AS move (sequence, status, at)
      WHERE move.at IS NOT NULL`,
  );
  const deals = await count(
    manager,
    `INSERT INTO crm.analytics_deals (id, sequence, owner_id, stage, value_amount, currency, probability, created_at, closed_at, deleted)
     SELECT d.id, ${lastSequence('d.id')}, d.owner_id, d.stage, d.value_amount, d.value_currency, d.probability, d.created_at, d.closed_at, d.deleted_at IS NOT NULL
       FROM crm.deals d`,
  );
  const interactions = await count(
    manager,
    `INSERT INTO crm.analytics_interactions (id, sequence, type, follow_up_required, follow_up_at, ended_at, deleted)
     SELECT i.id, ${lastSequence('i.id')}, i.type, i.follow_up_required, i.follow_up_at, i.ended_at, i.deleted_at IS NOT NULL
       FROM crm.interactions i`,
  );
  return { customers, customerTransitions, deals, interactions };
}

/** Rows an INSERT … SELECT wrote (TypeORM reports no row count for an INSERT, so it is counted in SQL). */
async function count(manager: EntityManager, insert: string): Promise<number> {
  const [{ written }] = await manager.query(`WITH inserted AS (${insert} RETURNING 1) SELECT count(*)::int AS written FROM inserted`);
  return Number(written);
}
