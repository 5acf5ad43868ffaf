import { DomainError } from '@promenade/ddd';

export class AnalyticsRangeInvalid extends DomainError {
  readonly code = 'ANALYTICS_RANGE_INVALID';
  readonly kind = 'invalid';
  constructor(from: string, to: string) {
    super(`the range ${from} .. ${to} is empty: from must not be after to`);
  }
}
