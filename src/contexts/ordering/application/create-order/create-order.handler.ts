import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Currency, UNAVAILABLE_CURRENCIES, UnavailableCurrencies } from '@promenade/ddd';
import { Order } from '../../domain/order/order.aggregate';
import { CurrencyUnavailable } from '../../domain/order/order.errors';
import { ORDER_REPOSITORY, OrderRepository } from '../../domain/order/order.repository';
import { CreateOrder } from './create-order.command';
import { toOrderLine } from './order-line.factory';

@CommandHandler(CreateOrder)
export class CreateOrderHandler implements ICommandHandler<CreateOrder, string> {
  constructor(
    @Inject(ORDER_REPOSITORY) private readonly orders: OrderRepository,
    @Inject(UNAVAILABLE_CURRENCIES) private readonly unavailableCurrencies: UnavailableCurrencies,
  ) {}

  async execute({ customerId, currency, lines }: CreateOrder): Promise<string> {
    const orderCurrency = Currency.of(currency);
    // Checked here only: every line must be in the order's currency, so adding lines needs no check of its own.
    if (await this.unavailableCurrencies.isUnavailable(orderCurrency.code)) throw new CurrencyUnavailable(orderCurrency.code);
    const order = Order.create(customerId, orderCurrency, lines.map(toOrderLine));
    await this.orders.save(order);
    return order.id;
  }
}
