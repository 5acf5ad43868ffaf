import { Logger } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { MarkOrderDeliveredMessage } from '../../contracts';
import { executeUnlessRefused } from '../accepted-messages/execute-unless-refused';
import { MarkOrderDelivered } from './mark-order-delivered.command';

@EventHandler('ordering.mark-order-delivered-on-message', MarkOrderDeliveredMessage)
export class MarkOrderDeliveredOnMessage implements IEventHandler<MarkOrderDeliveredMessage> {
  private readonly logger = new Logger(MarkOrderDeliveredOnMessage.name);

  constructor(private readonly commands: TransactionalCommandBus) {}

  async handle({ payload }: MarkOrderDeliveredMessage): Promise<void> {
    await executeUnlessRefused(
      this.commands,
      new MarkOrderDelivered(payload.orderId),
      this.logger,
      `marking order ${payload.orderId} delivered`,
    );
  }
}
