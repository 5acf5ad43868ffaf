import { Query } from '@nestjs/cqrs';
import { CurrencyEntry } from '../reference-catalog';

export class ListCurrencies extends Query<CurrencyEntry[]> {
  /** `search`: part of the code or name, in any case. */
  constructor(readonly search?: string) {
    super();
  }
}
