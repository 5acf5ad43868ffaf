import { Logger } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { MarkOrderShippedMessage } from '../../contracts';
import { executeUnlessRefused } from '../accepted-messages/execute-unless-refused';
import { MarkOrderShipped } from './mark-order-shipped.command';

@EventHandler('ordering.mark-order-shipped-on-message', MarkOrderShippedMessage)
export class MarkOrderShippedOnMessage implements IEventHandler<MarkOrderShippedMessage> {
  private readonly logger = new Logger(MarkOrderShippedOnMessage.name);

  constructor(private readonly commands: TransactionalCommandBus) {}

  async handle({ payload }: MarkOrderShippedMessage): Promise<void> {
    const command = new MarkOrderShipped(payload.orderId, payload.carrier, payload.trackingNumber);
    await executeUnlessRefused(this.commands, command, this.logger, `marking order ${payload.orderId} shipped`);
  }
}
