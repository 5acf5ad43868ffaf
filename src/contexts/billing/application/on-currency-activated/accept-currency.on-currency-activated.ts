import { Inject } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { UNAVAILABLE_CURRENCIES, UnavailableCurrencies } from '@promenade/ddd';
import { EventHandler, sequenceOf } from '@promenade/messaging';
import { CurrencyActivatedContract } from '../../../reference/contracts';

/** Where Billing meets Reference: a currency made available again is accepted for new invoices. */
@EventHandler('billing.accept-currency-on-currency-activated', CurrencyActivatedContract)
export class AcceptCurrencyOnCurrencyActivated implements IEventHandler<CurrencyActivatedContract> {
  constructor(@Inject(UNAVAILABLE_CURRENCIES) private readonly unavailable: UnavailableCurrencies) {}

  async handle(event: CurrencyActivatedContract): Promise<void> {
    await this.unavailable.markAvailable(event.payload.code, sequenceOf(event));
  }
}
