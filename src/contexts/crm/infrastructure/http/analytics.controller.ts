import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { Page } from '@promenade/ddd';
import { ApiProblems, PageQuery, pageOf } from '@promenade/http';
import { GetCustomerLifecycle } from '../../application/analytics/get-customer-lifecycle/get-customer-lifecycle.query';
import { GetCustomerOverview } from '../../application/analytics/get-customer-overview/get-customer-overview.query';
import { GetDealConversions } from '../../application/analytics/get-deal-conversions/get-deal-conversions.query';
import { GetDealPipeline } from '../../application/analytics/get-deal-pipeline/get-deal-pipeline.query';
import { GetInteractionInsights } from '../../application/analytics/get-interaction-insights/get-interaction-insights.query';
import { GetRevenue } from '../../application/analytics/get-revenue/get-revenue.query';
import { GetSalesRepPerformance } from '../../application/analytics/get-sales-rep-performance/get-sales-rep-performance.query';
import { AnalyticsRangeInvalid } from '../../domain/analytics.errors';
import { CustomerLifecycleRequest, RevenueRequest, SalesRepPerformanceRequest } from './analytics.request';
import {
  ConversionsResponse,
  CustomerOverviewResponse,
  InteractionInsightsResponse,
  LifecycleBucketPage,
  LifecycleBucketResponse,
  PipelineStagePage,
  PipelineStageResponse,
  RepPerformancePage,
  RepPerformanceResponse,
  RevenuePointPage,
  RevenuePointResponse,
} from './analytics.response';

const DAY_MS = 86_400_000;
const EVENTUAL = 'Read models fed by CRM events: eventually consistent (usually within a second of the change).';

/** HTTP ⇄ analytics queries. Every figure is over all owners: `analytics:read` is a manager's and admin's view. */
@ApiTags('crm')
@Controller('crm/analytics')
export class AnalyticsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('customers/overview')
  @RequirePermission('analytics:read')
  @ApiOperation({ summary: 'Customers by status and by tier', description: EVENTUAL })
  @ApiOkResponse({ type: CustomerOverviewResponse })
  getCustomerOverview(): Promise<CustomerOverviewResponse> {
    return this.queries.execute(new GetCustomerOverview());
  }

  @Get('customers/lifecycle')
  @RequirePermission('analytics:read')
  @ApiOperation({ summary: 'Lifecycle moves (into each status) per week, month or quarter', description: EVENTUAL })
  @ApiOkResponse({ type: LifecycleBucketPage })
  @ApiProblems(400)
  async getCustomerLifecycle(@Query() query: CustomerLifecycleRequest): Promise<Page<LifecycleBucketResponse>> {
    return pageOf(await this.queries.execute(new GetCustomerLifecycle(query.period)), query);
  }

  @Get('deals/pipeline')
  @RequirePermission('analytics:read')
  @ApiOperation({ summary: 'Open deals per stage and currency: count, value, value weighted by probability', description: EVENTUAL })
  @ApiOkResponse({ type: PipelineStagePage })
  @ApiProblems(400)
  async getDealPipeline(@Query() query: PageQuery): Promise<Page<PipelineStageResponse>> {
    const page = pageOf(await this.queries.execute(new GetDealPipeline()), query);
    return { ...page, items: page.items.map((stage) => PipelineStageResponse.from(stage)) };
  }

  @Get('deals/conversions')
  @RequirePermission('analytics:read')
  @ApiOperation({ summary: 'Win rate and average days to close', description: EVENTUAL })
  @ApiOkResponse({ type: ConversionsResponse })
  getDealConversions(): Promise<ConversionsResponse> {
    return this.queries.execute(new GetDealConversions());
  }

  @Get('sales-reps/performance')
  @RequirePermission('analytics:read')
  @ApiOperation({ summary: 'The top N reps by won value, per currency', description: EVENTUAL })
  @ApiOkResponse({ type: RepPerformancePage })
  @ApiProblems(400)
  async getSalesRepPerformance(@Query() query: SalesRepPerformanceRequest): Promise<Page<RepPerformanceResponse>> {
    const page = pageOf(await this.queries.execute(new GetSalesRepPerformance(query.top)), query);
    return { ...page, items: page.items.map((rep) => RepPerformanceResponse.from(rep)) };
  }

  @Get('revenue')
  @RequirePermission('analytics:read')
  @ApiOperation({ summary: "Won deals' value per day, week or month and currency", description: EVENTUAL })
  @ApiOkResponse({ type: RevenuePointPage })
  @ApiProblems(400, AnalyticsRangeInvalid)
  async getRevenue(@Query() query: RevenueRequest): Promise<Page<RevenuePointResponse>> {
    const to = query.to ?? new Date().toISOString().slice(0, 10);
    const from = query.from ?? new Date(Date.parse(to) - 29 * DAY_MS).toISOString().slice(0, 10);
    const page = pageOf(await this.queries.execute(new GetRevenue(from, to, query.granularity)), query);
    return { ...page, items: page.items.map((point) => RevenuePointResponse.from(point)) };
  }

  @Get('interactions/insights')
  @RequirePermission('analytics:read')
  @ApiOperation({ summary: 'Interactions by type, pending and overdue follow-ups', description: EVENTUAL })
  @ApiOkResponse({ type: InteractionInsightsResponse })
  getInteractionInsights(): Promise<InteractionInsightsResponse> {
    return this.queries.execute(new GetInteractionInsights(new Date()));
  }
}
