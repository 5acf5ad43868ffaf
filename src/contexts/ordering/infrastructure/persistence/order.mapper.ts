import { Currency, Money } from '@promenade/ddd';
import { AggregateMapper } from '@promenade/persistence';
import { OrderLine } from '../../domain/order/order-line';
import { OrderStatus } from '../../domain/order/order-status';
import { Order } from '../../domain/order/order.aggregate';
import { OrderModel } from './order.model';

export const orderMapper: AggregateMapper<Order, OrderModel> = {
  toDomain(model) {
    const currency = Currency.of(model.currency);
    return Order.restore({
      id: model.id,
      version: model.version,
      customerId: model.customerId,
      currency,
      lines: model.lines.map((l) => OrderLine.of(l.sku, l.quantity, Money.of(l.unitPrice, currency))),
      status: model.status as OrderStatus,
      cancellationReason: model.cancellationReason,
      placedAt: model.placedAt,
      cancelledAt: model.cancelledAt,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
    });
  },

  toModel(order) {
    return Object.assign(new OrderModel(), {
      id: order.id,
      customerId: order.customerId,
      currency: order.currency.code,
      status: order.status,
      lines: order.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, unitPrice: l.unitPrice.amount })),
      totalAmount: order.total.minor.toString(),
      cancellationReason: order.cancellationReason,
      placedAt: order.placedAt,
      cancelledAt: order.cancelledAt,
      createdAt: order.createdAt,
    });
  },
};
