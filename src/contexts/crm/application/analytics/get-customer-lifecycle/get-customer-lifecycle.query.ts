import { LifecyclePeriod } from '../analytics-reader';

/** Lifecycle moves per week, month or quarter. */
export class GetCustomerLifecycle {
  constructor(readonly period: LifecyclePeriod) {}
}
