import { Inject } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { CurrencyDeactivatedContract } from '../../../reference/contracts';
import { UNAVAILABLE_CURRENCIES, UnavailableCurrencies } from '../../domain/unavailable-currencies';

/** Where Billing meets Reference: a withdrawn currency is refused for new invoices. */
@EventHandler('billing.refuse-currency-on-currency-deactivated', CurrencyDeactivatedContract)
export class RefuseCurrencyOnCurrencyDeactivated implements IEventHandler<CurrencyDeactivatedContract> {
  constructor(@Inject(UNAVAILABLE_CURRENCIES) private readonly unavailable: UnavailableCurrencies) {}

  async handle(event: CurrencyDeactivatedContract): Promise<void> {
    const { sequence, eventId } = event.metadata;
    // Stamped as the outbox stored the event; without it this announcement cannot be ordered against others.
    if (sequence === null) throw new Error(`${event.eventName} ${eventId} has no sequence`);
    await this.unavailable.markUnavailable(event.payload.code, sequence);
  }
}
