import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Currency } from '@promenade/ddd';
import { Order } from '../../domain/order.aggregate';
import { ORDER_REPOSITORY, OrderRepository } from '../../domain/order.repository';
import { CreateOrder } from './create-order.command';
import { toOrderLine } from './order-line.factory';

@CommandHandler(CreateOrder)
export class CreateOrderHandler implements ICommandHandler<CreateOrder, string> {
  constructor(@Inject(ORDER_REPOSITORY) private readonly orders: OrderRepository) {}

  async execute({ customerId, currency, lines }: CreateOrder): Promise<string> {
    const order = Order.create(customerId, Currency.of(currency), lines.map(toOrderLine));
    await this.orders.save(order);
    return order.id;
  }
}
