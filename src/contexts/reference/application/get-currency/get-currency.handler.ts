import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CurrencyNotFound } from '../../domain/currency/currency.errors';
import { CurrencyEntry, REFERENCE_CATALOG, ReferenceCatalog } from '../reference-catalog';
import { GetCurrency } from './get-currency.query';

@QueryHandler(GetCurrency)
export class GetCurrencyHandler implements IQueryHandler<GetCurrency, CurrencyEntry> {
  constructor(@Inject(REFERENCE_CATALOG) private readonly catalog: ReferenceCatalog) {}

  async execute({ code }: GetCurrency): Promise<CurrencyEntry> {
    const currency = await this.catalog.currency(code.toUpperCase());
    if (!currency) throw new CurrencyNotFound(code);
    return currency;
  }
}
