import { Logger } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { RecordOrderPaymentMessage } from '../../contracts';
import { executeUnlessRefused } from '../accepted-messages/execute-unless-refused';
import { RecordOrderPayment } from './record-order-payment.command';

@EventHandler('ordering.record-order-payment-on-message', RecordOrderPaymentMessage)
export class RecordOrderPaymentOnMessage implements IEventHandler<RecordOrderPaymentMessage> {
  private readonly logger = new Logger(RecordOrderPaymentOnMessage.name);

  constructor(private readonly commands: TransactionalCommandBus) {}

  async handle({ payload }: RecordOrderPaymentMessage): Promise<void> {
    const command = new RecordOrderPayment(payload.orderId, payload.paymentState, payload.detail);
    await executeUnlessRefused(
      this.commands,
      command,
      this.logger,
      `recording the ${payload.paymentState} payment of order ${payload.orderId}`,
    );
  }
}
