import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@promenade/persistence';
import {
  AnalyticsProjection,
  CustomerFacts,
  DealFacts,
  InteractionFacts,
  LifecycleTransition,
} from '../../application/projections/analytics-projection';

type Columns = Record<string, string | number | boolean | null | undefined>;

/**
 * The analytics tables, kept by one guarded upsert per event (atomic, so concurrent deliveries cannot lose
 * an update). Per column: a newer event's value wins, an older or repeated one only fills a NULL, the rule
 * of `mergeFacts`. Plain SQL: the rule is a CASE per column, which no ORM call says more plainly.
 */
@Injectable()
export class AnalyticsProjectionSqlStore implements AnalyticsProjection {
  constructor(private readonly uow: UnitOfWork) {}

  async applyCustomer(customerId: string, sequence: number, facts: CustomerFacts, transition?: LifecycleTransition): Promise<void> {
    const { status, tier, assignedTo, deleted, createdAt } = facts;
    await this.upsert('analytics_customers', customerId, sequence, {
      status,
      tier,
      assigned_to: assignedTo,
      deleted,
      created_at: createdAt,
    });
    if (!transition) return;
    // A rebuilt row already counts the moves up to rebuilt_through (under synthetic sequences): skip replays of those.
    await this.uow.manager.query(
      `INSERT INTO crm.analytics_customer_transitions (customer_id, sequence, status, at)
       SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM crm.analytics_customers WHERE id = $1 AND rebuilt_through >= $2)
       ON CONFLICT DO NOTHING`,
      [customerId, sequence, transition.status, transition.at],
    );
  }

  async applyDeal(dealId: string, sequence: number, facts: DealFacts): Promise<void> {
    const { ownerId, stage, valueAmount, currency, probability, createdAt, closedAt, deleted } = facts;
    await this.upsert('analytics_deals', dealId, sequence, {
      owner_id: ownerId,
      stage,
      value_amount: valueAmount,
      currency,
      probability,
      created_at: createdAt,
      closed_at: closedAt,
      deleted,
    });
  }

  async applyInteraction(interactionId: string, sequence: number, facts: InteractionFacts): Promise<void> {
    const { type, followUpRequired, followUpAt, endedAt, deleted } = facts;
    await this.upsert('analytics_interactions', interactionId, sequence, {
      type,
      follow_up_required: followUpRequired,
      follow_up_at: followUpAt,
      ended_at: endedAt,
      deleted,
    });
  }

  /** `table` and the column names come from this file only; values are parameters. */
  private async upsert(table: string, id: string, sequence: number, columns: Columns): Promise<void> {
    const names = Object.keys(columns);
    const values = names.map((name) => columns[name] ?? null);
    const merge = names.map(
      (name) =>
        `"${name}" = CASE WHEN t.sequence < EXCLUDED.sequence THEN COALESCE(EXCLUDED."${name}", t."${name}") ELSE COALESCE(t."${name}", EXCLUDED."${name}") END`,
    );
    await this.uow.manager.query(
      `INSERT INTO crm.${table} AS t (id, sequence, ${names.map((name) => `"${name}"`).join(', ')})
       VALUES ($1, $2, ${names.map((_, index) => `$${index + 3}`).join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${merge.join(', ')}, sequence = GREATEST(t.sequence, EXCLUDED.sequence)`,
      [id, sequence, ...values],
    );
  }
}
