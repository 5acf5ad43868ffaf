import { OrderNotFound } from '../../domain/order/order.errors';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { CUSTOMER, storedOrderIn } from '../testing/orders-in';
import { GetOrderTimeline } from './get-order-timeline.query';
import { GetOrderTimelineHandler } from './get-order-timeline.handler';

const OTHER_CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199';

describe('GetOrderTimelineHandler', () => {
  let orders: InMemoryOrderRepository;
  let handler: GetOrderTimelineHandler;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new GetOrderTimelineHandler(orders);
  });

  it("answers the order's timeline, oldest first, to its owner and to an unscoped caller", async () => {
    const id = await storedOrderIn(orders, 'shipped');

    const own = await handler.execute(new GetOrderTimeline(id, CUSTOMER));
    const any = await handler.execute(new GetOrderTimeline(id));

    expect(own.map((entry) => entry.type)).toEqual(['placed', 'confirmed', 'shipped']);
    expect(any).toEqual(own);
  });

  it("refuses another customer's order with ORDER_NOT_FOUND, as if it did not exist", async () => {
    const id = await storedOrderIn(orders, 'placed');

    await expect(handler.execute(new GetOrderTimeline(id, OTHER_CUSTOMER))).rejects.toBeInstanceOf(OrderNotFound);
  });
});
