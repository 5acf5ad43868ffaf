import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ANALYTICS_READER, AnalyticsReader, Conversions } from '../analytics-reader';
import { GetDealConversions } from './get-deal-conversions.query';

@QueryHandler(GetDealConversions)
export class GetDealConversionsHandler implements IQueryHandler<GetDealConversions, Conversions> {
  constructor(@Inject(ANALYTICS_READER) private readonly reader: AnalyticsReader) {}

  execute(): Promise<Conversions> {
    return this.reader.dealConversions();
  }
}
