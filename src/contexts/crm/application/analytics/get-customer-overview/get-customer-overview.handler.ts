import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ANALYTICS_READER, AnalyticsReader, CustomerOverview } from '../analytics-reader';
import { GetCustomerOverview } from './get-customer-overview.query';

@QueryHandler(GetCustomerOverview)
export class GetCustomerOverviewHandler implements IQueryHandler<GetCustomerOverview, CustomerOverview> {
  constructor(@Inject(ANALYTICS_READER) private readonly reader: AnalyticsReader) {}

  execute(): Promise<CustomerOverview> {
    return this.reader.customerOverview();
  }
}
