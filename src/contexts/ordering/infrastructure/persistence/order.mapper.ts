import { Currency, Money } from '@promenade/ddd';
import { AggregateMapper } from '@promenade/persistence';
import { OrderLine } from '../../domain/order/order-line';
import { OrderStatus } from '../../domain/order/order-status';
import { OrderTimelineType } from '../../domain/order/order-timeline';
import { Order } from '../../domain/order/order.aggregate';
import { PaymentState } from '../../domain/order/payment-state';
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
      paymentMethodId: model.paymentMethodId,
      paymentState: model.paymentState as PaymentState,
      shipment:
        model.shipmentCarrier !== null && model.shipmentTrackingNumber !== null
          ? { carrier: model.shipmentCarrier, trackingNumber: model.shipmentTrackingNumber }
          : null,
      cancellationReason: model.cancellationReason,
      placedAt: model.placedAt,
      confirmedAt: model.confirmedAt,
      shippedAt: model.shippedAt,
      deliveredAt: model.deliveredAt,
      cancelledAt: model.cancelledAt,
      timeline: model.timeline.map((entry) => ({ at: new Date(entry.at), type: entry.type as OrderTimelineType, detail: entry.detail })),
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
      paymentMethodId: order.paymentMethodId,
      paymentState: order.paymentState,
      shipmentCarrier: order.shipment?.carrier ?? null,
      shipmentTrackingNumber: order.shipment?.trackingNumber ?? null,
      cancellationReason: order.cancellationReason,
      placedAt: order.placedAt,
      confirmedAt: order.confirmedAt,
      shippedAt: order.shippedAt,
      deliveredAt: order.deliveredAt,
      cancelledAt: order.cancelledAt,
      timeline: order.timeline.map((entry) => ({ at: entry.at.toISOString(), type: entry.type, detail: entry.detail })),
      createdAt: order.createdAt,
    });
  },
};
