import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ORDER_REPOSITORY, OrderRepository } from '../../domain/order/order.repository';
import { RecordOrderPayment } from './record-order-payment.command';

@CommandHandler(RecordOrderPayment)
export class RecordOrderPaymentHandler implements ICommandHandler<RecordOrderPayment, void> {
  constructor(@Inject(ORDER_REPOSITORY) private readonly orders: OrderRepository) {}

  async execute({ orderId, paymentState, detail }: RecordOrderPayment): Promise<void> {
    const order = await this.orders.getById(orderId);
    order.recordPayment(paymentState, detail);
    await this.orders.save(order);
  }
}
