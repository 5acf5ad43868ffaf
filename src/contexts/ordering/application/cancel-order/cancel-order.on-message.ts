import { Logger } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { CancelOrderMessage } from '../../contracts';
import { executeUnlessRefused } from '../accepted-messages/execute-unless-refused';
import { CancelOrder } from './cancel-order.command';

/** The same cancellation a customer asks for over HTTP, for any owner. */
@EventHandler('ordering.cancel-order-on-message', CancelOrderMessage)
export class CancelOrderOnMessage implements IEventHandler<CancelOrderMessage> {
  private readonly logger = new Logger(CancelOrderOnMessage.name);

  constructor(private readonly commands: TransactionalCommandBus) {}

  async handle({ payload }: CancelOrderMessage): Promise<void> {
    await executeUnlessRefused(
      this.commands,
      new CancelOrder(payload.orderId, payload.reason),
      this.logger,
      `cancelling order ${payload.orderId}`,
    );
  }
}
