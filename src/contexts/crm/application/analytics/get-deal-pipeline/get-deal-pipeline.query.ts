/** Open deals per stage and currency: count, value and value weighted by probability. */
export class GetDealPipeline {}
