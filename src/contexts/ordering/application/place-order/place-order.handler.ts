import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ORDER_REPOSITORY, OrderRepository } from '../../domain/order/order.repository';
import { PlaceOrder } from './place-order.command';

@CommandHandler(PlaceOrder)
export class PlaceOrderHandler implements ICommandHandler<PlaceOrder, void> {
  constructor(@Inject(ORDER_REPOSITORY) private readonly orders: OrderRepository) {}

  async execute({ orderId, paymentMethodId, ownerId }: PlaceOrder): Promise<void> {
    const order = await this.orders.getById(orderId, ownerId);
    order.place(paymentMethodId);
    await this.orders.save(order);
  }
}
