export const ANALYTICS_READER = Symbol('AnalyticsReader');

export type LifecyclePeriod = 'week' | 'month' | 'quarter';
export type RevenueGranularity = 'day' | 'week' | 'month';

export interface CustomerOverview {
  total: number;
  byStatus: Record<string, number>;
  byTier: Record<string, number>;
}
/** Moves into `status` during the period starting `periodStart` (YYYY-MM-DD, UTC). */
export interface LifecycleBucket {
  periodStart: string;
  status: string;
  count: number;
}
/** Amounts in minor units of `currency`; `weightedValue` is Σ value × probability / 100, rounded. */
export interface PipelineStage {
  currency: string;
  stage: string;
  count: number;
  value: number;
  weightedValue: number;
}
export interface Conversions {
  won: number;
  lost: number;
  /** won / (won + lost); null before any deal closed. */
  winRate: number | null;
  /** Over won deals, from opened to won; null before any win. */
  averageDaysToClose: number | null;
}
export interface RepPerformance {
  ownerId: string;
  currency: string;
  wonCount: number;
  wonValue: number;
}
export interface RevenuePoint {
  periodStart: string;
  currency: string;
  wonCount: number;
  value: number;
}
export interface InteractionInsights {
  byType: { type: string; count: number; ended: number }[];
  pendingFollowUps: number;
  overdueFollowUps: number;
}

/** GROUP BY queries over the analytics read models (never the write tables). Deleted rows are left out. */
export interface AnalyticsReader {
  customerOverview(): Promise<CustomerOverview>;
  customerLifecycle(period: LifecyclePeriod): Promise<LifecycleBucket[]>;
  dealPipeline(): Promise<PipelineStage[]>;
  dealConversions(): Promise<Conversions>;
  salesRepPerformance(top: number): Promise<RepPerformance[]>;
  revenue(from: string, to: string, granularity: RevenueGranularity): Promise<RevenuePoint[]>;
  interactionInsights(now: Date): Promise<InteractionInsights>;
}
