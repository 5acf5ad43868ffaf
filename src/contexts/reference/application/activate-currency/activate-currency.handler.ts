import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CURRENCY_REPOSITORY, CurrencyRepository } from '../../domain/currency.repository';
import { ActivateCurrency } from './activate-currency.command';

@CommandHandler(ActivateCurrency)
export class ActivateCurrencyHandler implements ICommandHandler<ActivateCurrency, void> {
  constructor(@Inject(CURRENCY_REPOSITORY) private readonly currencys: CurrencyRepository) {}

  async execute({ currencyId }: ActivateCurrency): Promise<void> {
    const currency = await this.currencys.getById(currencyId);
    currency.activate();
    await this.currencys.save(currency);
  }
}
