import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@promenade/persistence';
import {
  AnalyticsReader,
  Conversions,
  CustomerOverview,
  InteractionInsights,
  LifecycleBucket,
  LifecyclePeriod,
  PipelineStage,
  RepPerformance,
  RevenueGranularity,
  RevenuePoint,
} from '../../application/analytics/analytics-reader';
import { CUSTOMER_STATUSES } from '../../domain/customer/customer-status';
import { CUSTOMER_TIERS } from '../../domain/customer/customer-tier';
import { OPEN_DEAL_STAGES } from '../../domain/deal/deal-stage';

/** Counts and sums come back from pg as strings (bigint, numeric): numbers here, once. */
const num = (value: unknown): number => Number(value ?? 0);
const LIVE = `COALESCE(deleted, false) = false`;

/** The analytics routes' SQL: GROUP BY over the read-model tables, in UTC. */
@Injectable()
export class AnalyticsReaderSql implements AnalyticsReader {
  constructor(private readonly uow: UnitOfWork) {}

  private query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.uow.manager.query(sql, parameters);
  }

  async customerOverview(): Promise<CustomerOverview> {
    const rows = await this.query<{ status: string; tier: string; count: string }>(
      `SELECT status, tier, count(*) AS count FROM crm.analytics_customers WHERE ${LIVE} AND status IS NOT NULL GROUP BY status, tier`,
    );
    const byStatus: Record<string, number> = Object.fromEntries(CUSTOMER_STATUSES.map((status) => [status, 0]));
    const byTier: Record<string, number> = Object.fromEntries(CUSTOMER_TIERS.map((tier) => [tier, 0]));
    for (const row of rows) {
      byStatus[row.status] = (byStatus[row.status] ?? 0) + num(row.count);
      if (row.tier) byTier[row.tier] = (byTier[row.tier] ?? 0) + num(row.count);
    }
    return { total: rows.reduce((sum, row) => sum + num(row.count), 0), byStatus, byTier };
  }

  /** A flow, not a state: moves that happened stay counted when the customer is deleted later. */
  async customerLifecycle(period: LifecyclePeriod): Promise<LifecycleBucket[]> {
    const rows = await this.query<{ period_start: string; status: string; count: string }>(
      `SELECT to_char(date_trunc($1, t.at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period_start, t.status, count(*) AS count
         FROM crm.analytics_customer_transitions t
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [period],
    );
    return rows.map((row) => ({ periodStart: row.period_start, status: row.status, count: num(row.count) }));
  }

  async dealPipeline(): Promise<PipelineStage[]> {
    const rows = await this.query<{ currency: string; stage: string; count: string; value: string; weighted: string }>(
      `SELECT currency, stage, count(*) AS count, sum(value_amount) AS value, round(sum(value_amount * probability) / 100.0) AS weighted
         FROM crm.analytics_deals WHERE ${LIVE} AND stage = ANY($1) AND currency IS NOT NULL
        GROUP BY currency, stage ORDER BY currency, array_position($1::text[], stage::text)`,
      [OPEN_DEAL_STAGES],
    );
    return rows.map((row) => ({
      currency: row.currency,
      stage: row.stage,
      count: num(row.count),
      value: num(row.value),
      weightedValue: num(row.weighted),
    }));
  }

  async dealConversions(): Promise<Conversions> {
    const [row] = await this.query<{ won: string; lost: string; days: string | null }>(
      `SELECT count(*) FILTER (WHERE stage = 'closed_won') AS won, count(*) FILTER (WHERE stage = 'closed_lost') AS lost,
              avg(extract(epoch FROM closed_at - created_at) / 86400) FILTER (WHERE stage = 'closed_won') AS days
         FROM crm.analytics_deals WHERE ${LIVE}`,
    );
    const [won, lost] = [num(row.won), num(row.lost)];
    return {
      won,
      lost,
      winRate: won + lost === 0 ? null : Math.round((won / (won + lost)) * 10_000) / 10_000,
      averageDaysToClose: row.days === null ? null : Math.round(num(row.days) * 10) / 10,
    };
  }

  async salesRepPerformance(top: number): Promise<RepPerformance[]> {
    const rows = await this.query<{ owner_id: string; currency: string; won_count: string; won_value: string }>(
      `SELECT owner_id, currency, won_count, won_value FROM (
         SELECT owner_id, currency, count(*) AS won_count, sum(value_amount) AS won_value,
                row_number() OVER (PARTITION BY currency ORDER BY sum(value_amount) DESC, count(*) DESC, owner_id) AS rank
           FROM crm.analytics_deals WHERE ${LIVE} AND stage = 'closed_won' GROUP BY owner_id, currency) ranked
        WHERE rank <= $1 ORDER BY currency, rank`,
      [top],
    );
    return rows.map((row) => ({
      ownerId: row.owner_id,
      currency: row.currency,
      wonCount: num(row.won_count),
      wonValue: num(row.won_value),
    }));
  }

  async revenue(from: string, to: string, granularity: RevenueGranularity): Promise<RevenuePoint[]> {
    const rows = await this.query<{ period_start: string; currency: string; won_count: string; value: string }>(
      `SELECT to_char(date_trunc($1, closed_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period_start, currency, count(*) AS won_count, sum(value_amount) AS value
         FROM crm.analytics_deals
        WHERE ${LIVE} AND stage = 'closed_won' AND closed_at >= $2::date AT TIME ZONE 'UTC' AND closed_at < ($3::date + 1) AT TIME ZONE 'UTC'
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [granularity, from, to],
    );
    return rows.map((row) => ({
      periodStart: row.period_start,
      currency: row.currency,
      wonCount: num(row.won_count),
      value: num(row.value),
    }));
  }

  async interactionInsights(now: Date): Promise<InteractionInsights> {
    const byType = await this.query<{ type: string; count: string; ended: string }>(
      `SELECT type, count(*) AS count, count(ended_at) AS ended FROM crm.analytics_interactions WHERE ${LIVE} AND type IS NOT NULL GROUP BY type ORDER BY type`,
    );
    const [followUps] = await this.query<{ pending: string; overdue: string }>(
      `SELECT count(*) AS pending, count(*) FILTER (WHERE follow_up_at < $1) AS overdue
         FROM crm.analytics_interactions WHERE ${LIVE} AND follow_up_required`,
      [now],
    );
    return {
      byType: byType.map((row) => ({ type: row.type, count: num(row.count), ended: num(row.ended) })),
      pendingFollowUps: num(followUps.pending),
      overdueFollowUps: num(followUps.overdue),
    };
  }
}
