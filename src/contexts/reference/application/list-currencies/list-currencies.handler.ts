import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CurrencyEntry, REFERENCE_CATALOG, ReferenceCatalog } from '../reference-catalog';
import { matchesSearch } from '../text-search';
import { ListCurrencies } from './list-currencies.query';

@QueryHandler(ListCurrencies)
export class ListCurrenciesHandler implements IQueryHandler<ListCurrencies, CurrencyEntry[]> {
  constructor(@Inject(REFERENCE_CATALOG) private readonly catalog: ReferenceCatalog) {}

  async execute({ search }: ListCurrencies): Promise<CurrencyEntry[]> {
    return (await this.catalog.currencies()).filter((currency) => matchesSearch(search, [currency.code, currency.name]));
  }
}
