import { Logger } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { ConfirmOrderMessage } from '../../contracts';
import { executeUnlessRefused } from '../accepted-messages/execute-unless-refused';
import { ConfirmOrder } from './confirm-order.command';

@EventHandler('ordering.confirm-order-on-message', ConfirmOrderMessage)
export class ConfirmOrderOnMessage implements IEventHandler<ConfirmOrderMessage> {
  private readonly logger = new Logger(ConfirmOrderOnMessage.name);

  constructor(private readonly commands: TransactionalCommandBus) {}

  async handle({ payload }: ConfirmOrderMessage): Promise<void> {
    await executeUnlessRefused(
      this.commands,
      new ConfirmOrder(payload.orderId, payload.paymentId),
      this.logger,
      `confirming order ${payload.orderId}`,
    );
  }
}
