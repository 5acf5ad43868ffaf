import { Query } from '@nestjs/cqrs';
import { RevenueGranularity, RevenuePoint } from '../analytics-reader';

/** Won deals' value per day, week or month and currency. */
export class GetRevenue extends Query<RevenuePoint[]> {
  constructor(
    /** YYYY-MM-DD, inclusive. */
    readonly from: string,
    /** YYYY-MM-DD, inclusive. */
    readonly to: string,
    readonly granularity: RevenueGranularity,
  ) {
    super();
  }
}
