import { Inject } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { CurrencyActivatedContract } from '../../../reference/contracts';
import { UNAVAILABLE_CURRENCIES, UnavailableCurrencies } from '../../domain/unavailable-currencies';

/** Where Billing meets Reference: a currency made available again is accepted for new invoices. */
@EventHandler('billing.accept-currency-on-currency-activated', CurrencyActivatedContract)
export class AcceptCurrencyOnCurrencyActivated implements IEventHandler<CurrencyActivatedContract> {
  constructor(@Inject(UNAVAILABLE_CURRENCIES) private readonly unavailable: UnavailableCurrencies) {}

  async handle(event: CurrencyActivatedContract): Promise<void> {
    const { sequence, eventId } = event.metadata;
    // Stamped as the outbox stored the event; without it this announcement cannot be ordered against others.
    if (sequence === null) throw new Error(`${event.eventName} ${eventId} has no sequence`);
    await this.unavailable.markAvailable(event.payload.code, sequence);
  }
}
