import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnavailableCurrenciesTypeOrmStore } from '@promenade/persistence';
// order
import { AddOrderLineHandler } from './application/add-order-line/add-order-line.handler';
import { CancelOrderHandler } from './application/cancel-order/cancel-order.handler';
import { ConfirmOrderHandler } from './application/confirm-order/confirm-order.handler';
import { CreateOrderHandler } from './application/create-order/create-order.handler';
import { GetOrderHandler } from './application/get-order/get-order.handler';
import { GetOrderTimelineHandler } from './application/get-order-timeline/get-order-timeline.handler';
import { ListOrdersHandler } from './application/list-orders/list-orders.handler';
import { MarkOrderDeliveredHandler } from './application/mark-order-delivered/mark-order-delivered.handler';
import { MarkOrderShippedHandler } from './application/mark-order-shipped/mark-order-shipped.handler';
import { PlaceOrderHandler } from './application/place-order/place-order.handler';
import { RecordOrderPaymentHandler } from './application/record-order-payment/record-order-payment.handler';
import { RemoveOrderLineHandler } from './application/remove-order-line/remove-order-line.handler';
import { ORDER_REPOSITORY } from './domain/order/order.repository';
import { OrdersController } from './infrastructure/http/orders.controller';
import { OrderModel } from './infrastructure/persistence/order.model';
import { OrderTypeOrmRepository } from './infrastructure/persistence/order.typeorm-repository';
// reactions to Reference
import { AcceptCurrencyOnCurrencyActivated } from './application/on-currency-activated/accept-currency.on-currency-activated';
import { RefuseCurrencyOnCurrencyDeactivated } from './application/on-currency-deactivated/refuse-currency.on-currency-deactivated';
// messages it accepts
import { CancelOrderOnMessage } from './application/cancel-order/cancel-order.on-message';
import { ConfirmOrderOnMessage } from './application/confirm-order/confirm-order.on-message';
import { MarkOrderDeliveredOnMessage } from './application/mark-order-delivered/mark-order-delivered.on-message';
import { MarkOrderShippedOnMessage } from './application/mark-order-shipped/mark-order-shipped.on-message';
import { RecordOrderPaymentOnMessage } from './application/record-order-payment/record-order-payment.on-message';
// publications
import { PublishOrderCancelled } from './application/publications/publish-order-cancelled';
import { PublishOrderDelivered } from './application/publications/publish-order-delivered';
import { PublishOrderPlaced } from './application/publications/publish-order-placed';

const orderProviders = [
  { provide: ORDER_REPOSITORY, useClass: OrderTypeOrmRepository },
  CreateOrderHandler,
  AddOrderLineHandler,
  RemoveOrderLineHandler,
  PlaceOrderHandler,
  ConfirmOrderHandler,
  MarkOrderShippedHandler,
  MarkOrderDeliveredHandler,
  RecordOrderPaymentHandler,
  CancelOrderHandler,
  GetOrderHandler,
  GetOrderTimelineHandler,
  ListOrdersHandler,
];

/** The currencies new orders may not use: written by the reactions, read when an order is created. */
const ports = [UnavailableCurrenciesTypeOrmStore.in('ordering')];

const reactions = [RefuseCurrencyOnCurrencyDeactivated, AcceptCurrencyOnCurrencyActivated];

/** The commands other contexts send as messages (contracts/*.message.ts); a request that no longer applies is left aside. */
const acceptedMessages = [
  ConfirmOrderOnMessage,
  MarkOrderShippedOnMessage,
  MarkOrderDeliveredOnMessage,
  RecordOrderPaymentOnMessage,
  CancelOrderOnMessage,
];

/** What other contexts receive of its events. */
const publications = [PublishOrderPlaced, PublishOrderCancelled, PublishOrderDelivered];

/**
 * Ordering: customers' orders from draft to placed, confirmed, shipped and delivered, or cancelled. Publishes
 * OrderPlaced, OrderCancelled and OrderDelivered; accepts the messages that move a placed order on (confirm, mark
 * shipped or delivered, record its payment, cancel); reacts to Reference's currency (de)activations by refusing
 * withdrawn currencies for new orders.
 */
@Module({
  imports: [TypeOrmModule.forFeature([OrderModel])],
  controllers: [OrdersController],
  providers: [...orderProviders, ...ports, ...reactions, ...acceptedMessages, ...publications],
})
export class OrderingModule {}
