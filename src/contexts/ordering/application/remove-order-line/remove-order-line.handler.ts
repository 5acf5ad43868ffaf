import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ORDER_REPOSITORY, OrderRepository } from '../../domain/order/order.repository';
import { RemoveOrderLine } from './remove-order-line.command';

@CommandHandler(RemoveOrderLine)
export class RemoveOrderLineHandler implements ICommandHandler<RemoveOrderLine, void> {
  constructor(@Inject(ORDER_REPOSITORY) private readonly orders: OrderRepository) {}

  async execute({ orderId, sku, ownerId }: RemoveOrderLine): Promise<void> {
    const order = await this.orders.getById(orderId, ownerId);
    order.removeLine(sku);
    await this.orders.save(order);
  }
}
