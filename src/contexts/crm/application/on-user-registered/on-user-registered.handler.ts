import { Logger } from '@nestjs/common';
import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { UserRegistered } from '../../../identity/contracts/user-registered.event';

/**
 * Where Crm meets Identity: reacts to identity.user-registered. Runs once per event (the inbox
 * skips redeliveries), in a transaction its commands join; send them with the CommandBus from here.
 */
@EventsHandler(UserRegistered)
export class OnUserRegistered implements IEventHandler<UserRegistered> {
  private readonly logger = new Logger(OnUserRegistered.name);

  async handle(event: UserRegistered): Promise<void> {
    this.logger.log(`identity.user-registered ${event.metadata.eventId} for ${event.metadata.aggregateId} (sequence ${event.metadata.sequence})`);
  }
}
