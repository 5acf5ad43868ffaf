import { Inject } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { UNAVAILABLE_CURRENCIES, UnavailableCurrencies } from '@promenade/ddd';
import { EventHandler, sequenceOf } from '@promenade/messaging';
import { CurrencyDeactivatedContract } from '../../../reference/contracts';

/** Where Ordering meets Reference: a withdrawn currency is refused for new orders. */
@EventHandler('ordering.refuse-currency-on-currency-deactivated', CurrencyDeactivatedContract)
export class RefuseCurrencyOnCurrencyDeactivated implements IEventHandler<CurrencyDeactivatedContract> {
  constructor(@Inject(UNAVAILABLE_CURRENCIES) private readonly unavailable: UnavailableCurrencies) {}

  async handle(event: CurrencyDeactivatedContract): Promise<void> {
    await this.unavailable.markUnavailable(event.payload.code, sequenceOf(event));
  }
}
