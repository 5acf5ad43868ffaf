import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnavailableCurrenciesTypeOrmStore } from '@promenade/persistence';
// order
import { AddOrderLineHandler } from './application/add-order-line/add-order-line.handler';
import { CancelOrderHandler } from './application/cancel-order/cancel-order.handler';
import { CreateOrderHandler } from './application/create-order/create-order.handler';
import { GetOrderHandler } from './application/get-order/get-order.handler';
import { ListOrdersHandler } from './application/list-orders/list-orders.handler';
import { PlaceOrderHandler } from './application/place-order/place-order.handler';
import { RemoveOrderLineHandler } from './application/remove-order-line/remove-order-line.handler';
import { ORDER_REPOSITORY } from './domain/order/order.repository';
import { OrdersController } from './infrastructure/http/orders.controller';
import { OrderModel } from './infrastructure/persistence/order.model';
import { OrderTypeOrmRepository } from './infrastructure/persistence/order.typeorm-repository';
// reactions to Reference
import { AcceptCurrencyOnCurrencyActivated } from './application/on-currency-activated/accept-currency.on-currency-activated';
import { RefuseCurrencyOnCurrencyDeactivated } from './application/on-currency-deactivated/refuse-currency.on-currency-deactivated';
// publications
import { PublishOrderCancelled } from './application/publications/publish-order-cancelled';
import { PublishOrderPlaced } from './application/publications/publish-order-placed';

const orderProviders = [
  { provide: ORDER_REPOSITORY, useClass: OrderTypeOrmRepository },
  CreateOrderHandler,
  AddOrderLineHandler,
  RemoveOrderLineHandler,
  PlaceOrderHandler,
  CancelOrderHandler,
  GetOrderHandler,
  ListOrdersHandler,
];

/** The currencies new orders may not use: written by the reactions, read when an order is created. */
const ports = [UnavailableCurrenciesTypeOrmStore.in('ordering')];

const reactions = [RefuseCurrencyOnCurrencyDeactivated, AcceptCurrencyOnCurrencyActivated];

/** What other contexts receive of its events. */
const publications = [PublishOrderPlaced, PublishOrderCancelled];

/**
 * Ordering: customers' orders from draft to placed or cancelled. Publishes OrderPlaced and OrderCancelled;
 * reacts to Reference's currency (de)activations by refusing withdrawn currencies for new orders.
 */
@Module({
  imports: [TypeOrmModule.forFeature([OrderModel])],
  controllers: [OrdersController],
  providers: [...orderProviders, ...ports, ...reactions, ...publications],
})
export class OrderingModule {}
