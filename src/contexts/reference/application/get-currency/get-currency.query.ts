import { Query } from '@nestjs/cqrs';
import { CurrencyEntry } from '../reference-catalog';

export class GetCurrency extends Query<CurrencyEntry> {
  /** `code`: ISO 4217, in any case. */
  constructor(readonly code: string) {
    super();
  }
}
