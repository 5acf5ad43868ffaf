import { MODULE_METADATA } from '@nestjs/common/constants';
import { eventHandlerOf } from '@promenade/messaging';
import { OrderFulfillmentSaga } from './application/order-fulfillment/order-fulfillment.handler';
import { orderFulfillment } from './application/order-fulfillment/order-fulfillment.saga';
import { FulfillmentModule } from './fulfillment.module';

describe('FulfillmentModule', () => {
  it('runs the order fulfillment saga, subscribed to every event the saga takes', () => {
    const providers = Reflect.getMetadata(MODULE_METADATA.PROVIDERS, FulfillmentModule) as unknown[];
    expect(providers).toContain(OrderFulfillmentSaga);
    expect(eventHandlerOf(OrderFulfillmentSaga)).toEqual({
      id: 'fulfillment.order-fulfillment-saga',
      events: [...orderFulfillment.handles],
    });
  });
});
