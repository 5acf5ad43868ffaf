import { Query } from '@nestjs/cqrs';
import { LifecycleBucket, LifecyclePeriod } from '../analytics-reader';

/** Lifecycle moves per week, month or quarter. */
export class GetCustomerLifecycle extends Query<LifecycleBucket[]> {
  constructor(readonly period: LifecyclePeriod) {
    super();
  }
}
