import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ANALYTICS_READER, AnalyticsReader, LifecycleBucket } from '../analytics-reader';
import { GetCustomerLifecycle } from './get-customer-lifecycle.query';

@QueryHandler(GetCustomerLifecycle)
export class GetCustomerLifecycleHandler implements IQueryHandler<GetCustomerLifecycle, LifecycleBucket[]> {
  constructor(@Inject(ANALYTICS_READER) private readonly reader: AnalyticsReader) {}

  execute({ period }: GetCustomerLifecycle): Promise<LifecycleBucket[]> {
    return this.reader.customerLifecycle(period);
  }
}
