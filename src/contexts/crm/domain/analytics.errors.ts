import { domainError } from '@promenade/ddd';

export class AnalyticsRangeInvalid extends domainError('ANALYTICS_RANGE_INVALID', 'invalid') {
  constructor(from: string, to: string) {
    super(`the range ${from} .. ${to} is empty: from must not be after to`);
  }
}
