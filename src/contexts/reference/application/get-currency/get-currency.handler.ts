import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Currency } from '../../domain/currency.aggregate';
import { CURRENCY_REPOSITORY, CurrencyRepository } from '../../domain/currency.repository';
import { GetCurrency } from './get-currency.query';

@QueryHandler(GetCurrency)
export class GetCurrencyHandler implements IQueryHandler<GetCurrency, Currency> {
  constructor(@Inject(CURRENCY_REPOSITORY) private readonly currencys: CurrencyRepository) {}

  execute({ currencyId }: GetCurrency): Promise<Currency> {
    return this.currencys.getById(currencyId);
  }
}
