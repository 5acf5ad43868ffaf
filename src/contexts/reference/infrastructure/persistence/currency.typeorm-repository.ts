import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Currency } from '../../domain/currency/currency.aggregate';
import { CurrencyNotFound } from '../../domain/currency/currency.errors';
import { CurrencyRepository } from '../../domain/currency/currency.repository';
import { currencyMapper } from './currency.mapper';
import { CurrencyModel } from './currency.model';

@Injectable()
export class CurrencyTypeOrmRepository extends TypeOrmAggregateRepository<Currency, CurrencyModel> implements CurrencyRepository {
  constructor(uow: UnitOfWork) {
    super(uow, CurrencyModel, currencyMapper);
  }

  async getById(code: string): Promise<Currency> {
    const currency = await this.findById(code);
    if (!currency) throw new CurrencyNotFound(code);
    return currency;
  }
}
