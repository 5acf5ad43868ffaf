import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ANALYTICS_READER, AnalyticsReader, RepPerformance } from '../analytics-reader';
import { GetSalesRepPerformance } from './get-sales-rep-performance.query';

@QueryHandler(GetSalesRepPerformance)
export class GetSalesRepPerformanceHandler implements IQueryHandler<GetSalesRepPerformance, RepPerformance[]> {
  constructor(@Inject(ANALYTICS_READER) private readonly reader: AnalyticsReader) {}

  execute({ top }: GetSalesRepPerformance): Promise<RepPerformance[]> {
    return this.reader.salesRepPerformance(top);
  }
}
