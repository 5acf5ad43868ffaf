import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ANALYTICS_READER, AnalyticsReader, InteractionInsights } from '../analytics-reader';
import { GetInteractionInsights } from './get-interaction-insights.query';

@QueryHandler(GetInteractionInsights)
export class GetInteractionInsightsHandler implements IQueryHandler<GetInteractionInsights, InteractionInsights> {
  constructor(@Inject(ANALYTICS_READER) private readonly reader: AnalyticsReader) {}

  execute({ now }: GetInteractionInsights): Promise<InteractionInsights> {
    return this.reader.interactionInsights(now);
  }
}
