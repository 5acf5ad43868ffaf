import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ORDER_REPOSITORY, OrderRepository } from '../../domain/order/order.repository';
import { ConfirmOrder } from './confirm-order.command';

@CommandHandler(ConfirmOrder)
export class ConfirmOrderHandler implements ICommandHandler<ConfirmOrder, void> {
  constructor(@Inject(ORDER_REPOSITORY) private readonly orders: OrderRepository) {}

  async execute({ orderId, paymentId }: ConfirmOrder): Promise<void> {
    const order = await this.orders.getById(orderId);
    order.confirm(paymentId);
    await this.orders.save(order);
  }
}
