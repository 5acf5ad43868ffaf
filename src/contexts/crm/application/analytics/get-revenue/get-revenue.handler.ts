import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AnalyticsRangeInvalid } from '../../../domain/analytics.errors';
import { ANALYTICS_READER, AnalyticsReader, RevenuePoint } from '../analytics-reader';
import { GetRevenue } from './get-revenue.query';

@QueryHandler(GetRevenue)
export class GetRevenueHandler implements IQueryHandler<GetRevenue, RevenuePoint[]> {
  constructor(@Inject(ANALYTICS_READER) private readonly reader: AnalyticsReader) {}

  execute({ from, to, granularity }: GetRevenue): Promise<RevenuePoint[]> {
    // Both are YYYY-MM-DD, so the string order is the calendar order.
    if (from > to) throw new AnalyticsRangeInvalid(from, to);
    return this.reader.revenue(from, to, granularity);
  }
}
