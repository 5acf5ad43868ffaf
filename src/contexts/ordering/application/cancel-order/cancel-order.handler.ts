import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ORDER_REPOSITORY, OrderRepository } from '../../domain/order/order.repository';
import { CancelOrder } from './cancel-order.command';

@CommandHandler(CancelOrder)
export class CancelOrderHandler implements ICommandHandler<CancelOrder, void> {
  constructor(@Inject(ORDER_REPOSITORY) private readonly orders: OrderRepository) {}

  async execute({ orderId, reason, ownerId }: CancelOrder): Promise<void> {
    const order = await this.orders.getById(orderId, ownerId);
    order.cancel(reason);
    await this.orders.save(order);
  }
}
