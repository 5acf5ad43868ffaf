import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ANALYTICS_READER, AnalyticsReader, PipelineStage } from '../analytics-reader';
import { GetDealPipeline } from './get-deal-pipeline.query';

@QueryHandler(GetDealPipeline)
export class GetDealPipelineHandler implements IQueryHandler<GetDealPipeline, PipelineStage[]> {
  constructor(@Inject(ANALYTICS_READER) private readonly reader: AnalyticsReader) {}

  execute(): Promise<PipelineStage[]> {
    return this.reader.dealPipeline();
  }
}
