import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AddOrderLineHandler } from './application/add-order-line/add-order-line.handler';
import { CancelOrderHandler } from './application/cancel-order/cancel-order.handler';
import { CreateOrderHandler } from './application/create-order/create-order.handler';
import { GetOrderHandler } from './application/get-order/get-order.handler';
import { ListOrdersHandler } from './application/list-orders/list-orders.handler';
import { AcceptCurrencyOnCurrencyActivated } from './application/on-currency-activated/accept-currency.on-currency-activated';
import { RefuseCurrencyOnCurrencyDeactivated } from './application/on-currency-deactivated/refuse-currency.on-currency-deactivated';
import { PlaceOrderHandler } from './application/place-order/place-order.handler';
import { RemoveOrderLineHandler } from './application/remove-order-line/remove-order-line.handler';
import { ORDER_REPOSITORY } from './domain/order/order.repository';
import { UNAVAILABLE_CURRENCIES } from './domain/unavailable-currencies';
import { OrdersController } from './infrastructure/http/orders.controller';
import { OrderModel } from './infrastructure/persistence/order.model';
import { OrderTypeOrmRepository } from './infrastructure/persistence/order.typeorm-repository';
import { UnavailableCurrenciesTypeOrmStore } from './infrastructure/persistence/unavailable-currencies.typeorm-store';
import { PublishOrderPlaced } from './application/publications/publish-order-placed';
import { PublishOrderCancelled } from './application/publications/publish-order-cancelled';

/**
 * Ordering: customers' orders from draft to placed or cancelled. Publishes OrderPlaced and OrderCancelled;
 * reacts to Reference's currency (de)activations by refusing withdrawn currencies for new orders.
 */
@Module({
  imports: [TypeOrmModule.forFeature([OrderModel])],
  controllers: [OrdersController],
  providers: [
    { provide: ORDER_REPOSITORY, useClass: OrderTypeOrmRepository },
    { provide: UNAVAILABLE_CURRENCIES, useClass: UnavailableCurrenciesTypeOrmStore },
    CreateOrderHandler,
    AddOrderLineHandler,
    RemoveOrderLineHandler,
    PlaceOrderHandler,
    CancelOrderHandler,
    GetOrderHandler,
    ListOrdersHandler,
    RefuseCurrencyOnCurrencyDeactivated,
    AcceptCurrencyOnCurrencyActivated,
    // what other contexts receive of its events
    PublishOrderPlaced,
    PublishOrderCancelled,
  ],
})
export class OrderingModule {}
