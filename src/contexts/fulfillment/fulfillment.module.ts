import { Module } from '@nestjs/common';
import { OrderFulfillmentSaga } from './application/order-fulfillment/order-fulfillment.handler';

/** Fulfillment: the processes that carry an order across contexts; its sagas' rows live in the "fulfillment" schema. */
@Module({
  providers: [OrderFulfillmentSaga],
})
export class FulfillmentModule {}
