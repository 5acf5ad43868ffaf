import { Query } from '@nestjs/cqrs';
import { RepPerformance } from '../analytics-reader';

/** The top N reps by won value, per currency. */
export class GetSalesRepPerformance extends Query<RepPerformance[]> {
  constructor(readonly top: number) {
    super();
  }
}
