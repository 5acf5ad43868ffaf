import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CURRENCY_REPOSITORY, CurrencyRepository } from '../../domain/currency.repository';
import { DeactivateCurrency } from './deactivate-currency.command';

@CommandHandler(DeactivateCurrency)
export class DeactivateCurrencyHandler implements ICommandHandler<DeactivateCurrency, void> {
  constructor(@Inject(CURRENCY_REPOSITORY) private readonly currencys: CurrencyRepository) {}

  async execute({ currencyId }: DeactivateCurrency): Promise<void> {
    const currency = await this.currencys.getById(currencyId);
    currency.deactivate();
    await this.currencys.save(currency);
  }
}
