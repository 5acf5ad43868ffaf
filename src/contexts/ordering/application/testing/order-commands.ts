import { Command } from '@nestjs/cqrs';
import { TransactionalCommandBus } from '@promenade/platform';
import { CancelOrder } from '../cancel-order/cancel-order.command';
import { CancelOrderHandler } from '../cancel-order/cancel-order.handler';
import { ConfirmOrder } from '../confirm-order/confirm-order.command';
import { ConfirmOrderHandler } from '../confirm-order/confirm-order.handler';
import { MarkOrderDelivered } from '../mark-order-delivered/mark-order-delivered.command';
import { MarkOrderDeliveredHandler } from '../mark-order-delivered/mark-order-delivered.handler';
import { MarkOrderShipped } from '../mark-order-shipped/mark-order-shipped.command';
import { MarkOrderShippedHandler } from '../mark-order-shipped/mark-order-shipped.handler';
import { RecordOrderPayment } from '../record-order-payment/record-order-payment.command';
import { RecordOrderPaymentHandler } from '../record-order-payment/record-order-payment.handler';
import { InMemoryOrderRepository } from './in-memory-order.repository';

/**
 * A command bus running the real handlers of the commands other contexts send, over one in-memory store: the
 * message handlers' specs see what the use case really does with a request that applies, is repeated, or no longer applies.
 */
export function orderCommandsOver(orders: InMemoryOrderRepository): TransactionalCommandBus {
  const handlers = new Map<unknown, { execute(command: never): Promise<void> }>([
    [ConfirmOrder, new ConfirmOrderHandler(orders)],
    [MarkOrderShipped, new MarkOrderShippedHandler(orders)],
    [MarkOrderDelivered, new MarkOrderDeliveredHandler(orders)],
    [RecordOrderPayment, new RecordOrderPaymentHandler(orders)],
    [CancelOrder, new CancelOrderHandler(orders)],
  ]);
  return {
    execute: async <R>(command: Command<R>): Promise<R> => {
      const handler = handlers.get(command.constructor);
      if (!handler) throw new Error(`no handler for ${command.constructor.name}`);
      return (await handler.execute(command as never)) as R;
    },
  };
}
