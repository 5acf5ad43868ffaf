import { Logger } from '@nestjs/common';
import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { CurrencyDeactivated } from '../../../reference/contracts/currency-deactivated.event';

/**
 * Where Ordering meets Reference: reacts to reference.currency-deactivated. Runs once per event (the inbox
 * skips redeliveries), in a transaction its commands join; send them with the CommandBus from here.
 */
@EventsHandler(CurrencyDeactivated)
export class OnCurrencyDeactivated implements IEventHandler<CurrencyDeactivated> {
  private readonly logger = new Logger(OnCurrencyDeactivated.name);

  async handle(event: CurrencyDeactivated): Promise<void> {
    this.logger.log(`reference.currency-deactivated ${event.metadata.eventId} for ${event.metadata.aggregateId} (sequence ${event.metadata.sequence})`);
  }
}
