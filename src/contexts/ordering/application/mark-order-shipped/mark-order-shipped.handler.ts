import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ORDER_REPOSITORY, OrderRepository } from '../../domain/order/order.repository';
import { MarkOrderShipped } from './mark-order-shipped.command';

@CommandHandler(MarkOrderShipped)
export class MarkOrderShippedHandler implements ICommandHandler<MarkOrderShipped, void> {
  constructor(@Inject(ORDER_REPOSITORY) private readonly orders: OrderRepository) {}

  async execute({ orderId, carrier, trackingNumber }: MarkOrderShipped): Promise<void> {
    const order = await this.orders.getById(orderId);
    order.markShipped(carrier, trackingNumber);
    await this.orders.save(order);
  }
}
