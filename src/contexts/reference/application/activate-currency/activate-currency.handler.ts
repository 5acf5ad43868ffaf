import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Currency } from '../../domain/currency/currency.aggregate';
import { CURRENCY_REPOSITORY, CurrencyRepository } from '../../domain/currency/currency.repository';
import { ActivateCurrency } from './activate-currency.command';

@CommandHandler(ActivateCurrency)
export class ActivateCurrencyHandler implements ICommandHandler<ActivateCurrency, Currency> {
  constructor(@Inject(CURRENCY_REPOSITORY) private readonly currencies: CurrencyRepository) {}

  async execute({ code }: ActivateCurrency): Promise<Currency> {
    const currency = await this.currencies.getById(code);
    currency.activate();
    await this.currencies.save(currency);
    return currency;
  }
}
