import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Currency } from '../../domain/currency/currency.aggregate';
import { CURRENCY_REPOSITORY, CurrencyRepository } from '../../domain/currency/currency.repository';
import { DeactivateCurrency } from './deactivate-currency.command';

@CommandHandler(DeactivateCurrency)
export class DeactivateCurrencyHandler implements ICommandHandler<DeactivateCurrency, Currency> {
  constructor(@Inject(CURRENCY_REPOSITORY) private readonly currencies: CurrencyRepository) {}

  async execute({ code }: DeactivateCurrency): Promise<Currency> {
    const currency = await this.currencies.getById(code);
    currency.deactivate();
    await this.currencies.save(currency);
    return currency;
  }
}
