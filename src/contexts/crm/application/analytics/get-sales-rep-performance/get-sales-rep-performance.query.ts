/** The top N reps by won value, per currency. */
export class GetSalesRepPerformance {
  constructor(readonly top: number) {}
}
