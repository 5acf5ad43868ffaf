import { Query } from '@nestjs/cqrs';
import { PipelineStage } from '../analytics-reader';

/** Open deals per stage and currency: count, value and value weighted by probability. */
export class GetDealPipeline extends Query<PipelineStage[]> {}
