import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ORDER_REPOSITORY, OrderRepository } from '../../domain/order/order.repository';
import { MarkOrderDelivered } from './mark-order-delivered.command';

@CommandHandler(MarkOrderDelivered)
export class MarkOrderDeliveredHandler implements ICommandHandler<MarkOrderDelivered, void> {
  constructor(@Inject(ORDER_REPOSITORY) private readonly orders: OrderRepository) {}

  async execute({ orderId }: MarkOrderDelivered): Promise<void> {
    const order = await this.orders.getById(orderId);
    order.markDelivered();
    await this.orders.save(order);
  }
}
