import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ORDER_REPOSITORY, OrderRepository } from '../../domain/order/order.repository';
import { toOrderLine } from '../create-order/order-line.factory';
import { AddOrderLine } from './add-order-line.command';

@CommandHandler(AddOrderLine)
export class AddOrderLineHandler implements ICommandHandler<AddOrderLine, void> {
  constructor(@Inject(ORDER_REPOSITORY) private readonly orders: OrderRepository) {}

  async execute({ orderId, line, ownerId }: AddOrderLine): Promise<void> {
    const order = await this.orders.getById(orderId, ownerId);
    order.addLine(toOrderLine(line));
    await this.orders.save(order);
  }
}
