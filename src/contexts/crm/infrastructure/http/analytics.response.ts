import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto, PageResponse } from '@promenade/http';
import { PipelineStage, RepPerformance, RevenuePoint } from '../../application/analytics/analytics-reader';

/** The analytics routes' answers; every amount is Money, `{amount, currency}`, as everywhere else in the API. */
export class CustomerOverviewResponse {
  @ApiProperty({ type: 'integer', example: 42 }) total!: number;
  @ApiProperty({ example: { lead: 20, prospect: 10, customer: 10, churned: 2 } }) byStatus!: Record<string, number>;
  @ApiProperty({ example: { free: 25, basic: 10, pro: 5, enterprise: 2 } }) byTier!: Record<string, number>;
}

export class LifecycleBucketResponse {
  @ApiProperty({ example: '2026-11-16', description: 'First day of the period (UTC).' }) periodStart!: string;
  @ApiProperty({ example: 'customer', description: 'The status customers moved into.' }) status!: string;
  @ApiProperty({ type: 'integer', example: 3 }) count!: number;
}

/** One stage in one currency: amounts of different currencies are never added up. */
export class PipelineStageResponse {
  @ApiProperty({ example: 'proposal' }) stage!: string;
  @ApiProperty({ type: 'integer', example: 4 }) count!: number;
  @ApiProperty({ type: MoneyDto, example: { amount: 2_000_000, currency: 'EUR' } }) value!: MoneyDto;
  @ApiProperty({ type: MoneyDto, example: { amount: 1_000_000, currency: 'EUR' }, description: 'Σ value × probability / 100, rounded.' })
  weightedValue!: MoneyDto;

  static from({ currency, stage, count, value, weightedValue }: PipelineStage): PipelineStageResponse {
    return { stage, count, value: { amount: value, currency }, weightedValue: { amount: weightedValue, currency } };
  }
}

export class ConversionsResponse {
  @ApiProperty({ type: 'integer', example: 12 }) won!: number;
  @ApiProperty({ type: 'integer', example: 8 }) lost!: number;
  @ApiProperty({ example: 0.6, nullable: true, type: Number, description: 'won / (won + lost); null before any deal closed.' }) winRate!:
    number | null;
  @ApiProperty({ example: 23.5, nullable: true, type: Number, description: 'Mean days from opening to winning; null before any win.' })
  averageDaysToClose!: number | null;
}

/** One rep's wins in one currency. */
export class RepPerformanceResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-4d5e6f708192' }) ownerId!: string;
  @ApiProperty({ type: 'integer', example: 5 }) wonCount!: number;
  @ApiProperty({ type: MoneyDto, example: { amount: 2_500_000, currency: 'EUR' } }) wonValue!: MoneyDto;

  static from({ ownerId, currency, wonCount, wonValue }: RepPerformance): RepPerformanceResponse {
    return { ownerId, wonCount, wonValue: { amount: wonValue, currency } };
  }
}

/** One period's wins in one currency. */
export class RevenuePointResponse {
  @ApiProperty({ example: '2026-11-01', description: 'First day of the period (UTC).' }) periodStart!: string;
  @ApiProperty({ type: 'integer', example: 2 }) wonCount!: number;
  @ApiProperty({ type: MoneyDto, example: { amount: 1_500_000, currency: 'EUR' } }) value!: MoneyDto;

  static from({ periodStart, currency, wonCount, value }: RevenuePoint): RevenuePointResponse {
    return { periodStart, wonCount, value: { amount: value, currency } };
  }
}

export class InteractionTypeCountResponse {
  @ApiProperty({ example: 'call' }) type!: string;
  @ApiProperty({ type: 'integer', example: 30 }) count!: number;
  @ApiProperty({ type: 'integer', example: 28 }) ended!: number;
}

export class InteractionInsightsResponse {
  @ApiProperty({ type: [InteractionTypeCountResponse] }) byType!: InteractionTypeCountResponse[];
  @ApiProperty({ type: 'integer', example: 6 }) pendingFollowUps!: number;
  @ApiProperty({ type: 'integer', example: 2, description: 'Pending follow-ups already due.' }) overdueFollowUps!: number;
}

export const LifecycleBucketPage = PageResponse(LifecycleBucketResponse, 'LifecycleBucketPage');
export const PipelineStagePage = PageResponse(PipelineStageResponse, 'PipelineStagePage');
export const RepPerformancePage = PageResponse(RepPerformanceResponse, 'RepPerformancePage');
export const RevenuePointPage = PageResponse(RevenuePointResponse, 'RevenuePointPage');
