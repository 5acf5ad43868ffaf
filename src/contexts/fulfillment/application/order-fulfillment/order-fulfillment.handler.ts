import { EventHandler, SagaHandler, SagaRunner } from '@promenade/messaging';
import { FulfillmentData, FulfillmentState, FulfillmentStep, orderFulfillment } from './order-fulfillment.saga';

/** Runs the order fulfillment saga: each event it takes reaches it once (its id keys the inbox). */
@EventHandler('fulfillment.order-fulfillment-saga', ...orderFulfillment.handles)
export class OrderFulfillmentSaga extends SagaHandler<FulfillmentData, FulfillmentState, FulfillmentStep> {
  constructor(runner: SagaRunner) {
    super(orderFulfillment, runner);
  }
}
