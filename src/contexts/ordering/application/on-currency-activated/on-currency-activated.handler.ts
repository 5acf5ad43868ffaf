import { Logger } from '@nestjs/common';
import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { CurrencyActivated } from '../../../reference/contracts/currency-activated.event';

/**
 * Where Ordering meets Reference: reacts to reference.currency-activated. Runs once per event (the inbox
 * skips redeliveries), in a transaction its commands join; send them with the CommandBus from here.
 */
@EventsHandler(CurrencyActivated)
export class OnCurrencyActivated implements IEventHandler<CurrencyActivated> {
  private readonly logger = new Logger(OnCurrencyActivated.name);

  async handle(event: CurrencyActivated): Promise<void> {
    this.logger.log(`reference.currency-activated ${event.metadata.eventId} for ${event.metadata.aggregateId} (sequence ${event.metadata.sequence})`);
  }
}
