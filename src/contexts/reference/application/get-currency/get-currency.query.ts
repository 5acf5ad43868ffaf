import { Query } from '@nestjs/cqrs';
import { Currency } from '../../domain/currency.aggregate';

export class GetCurrency extends Query<Currency> {
  constructor(readonly currencyId: string) {
    super();
  }
}
