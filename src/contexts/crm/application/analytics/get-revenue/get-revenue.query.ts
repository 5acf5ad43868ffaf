import { RevenueGranularity } from '../analytics-reader';

/** Won deals' value per day, week or month and currency. */
export class GetRevenue {
  constructor(
    /** YYYY-MM-DD, inclusive. */
    readonly from: string,
    /** YYYY-MM-DD, inclusive. */
    readonly to: string,
    readonly granularity: RevenueGranularity,
  ) {}
}
