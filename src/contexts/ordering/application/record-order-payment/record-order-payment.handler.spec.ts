import { OrderNotFound, OrderPaymentStateConflict } from '../../domain/order/order.errors';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { storedOrderIn } from '../testing/orders-in';
import { RecordOrderPayment } from './record-order-payment.command';
import { RecordOrderPaymentHandler } from './record-order-payment.handler';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

describe('RecordOrderPaymentHandler', () => {
  let orders: InMemoryOrderRepository;
  let handler: RecordOrderPaymentHandler;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new RecordOrderPaymentHandler(orders);
  });

  it("records the payment's outcome with its detail in the timeline", async () => {
    const id = await storedOrderIn(orders, 'placed');

    await handler.execute(new RecordOrderPayment(id, 'failed', 'card_declined'));

    const order = await orders.getById(id);
    expect(order).toMatchObject({ status: 'placed', paymentState: 'failed', version: 2 });
    expect(order.timeline.at(-1)).toMatchObject({ type: 'payment-failed', detail: 'card_declined' });
    expect(orders.published).toEqual([]);
  });

  it('records a capture on an order already confirmed (the report travelled slower than the confirmation)', async () => {
    const id = await storedOrderIn(orders, 'confirmed');

    await handler.execute(new RecordOrderPayment(id, 'captured', null));

    expect(await orders.getById(id)).toMatchObject({ status: 'confirmed', paymentState: 'captured' });
  });

  it('refuses a report that contradicts the recorded payment with ORDER_PAYMENT_STATE_CONFLICT', async () => {
    const id = await storedOrderIn(orders, 'placed');
    await handler.execute(new RecordOrderPayment(id, 'captured', null));

    await expect(handler.execute(new RecordOrderPayment(id, 'failed', 'late'))).rejects.toBeInstanceOf(OrderPaymentStateConflict);

    expect(await orders.getById(id)).toMatchObject({ paymentState: 'captured', version: 2 });
  });

  it('refuses an unknown order with ORDER_NOT_FOUND', async () => {
    await expect(handler.execute(new RecordOrderPayment(UNKNOWN, 'captured', null))).rejects.toBeInstanceOf(OrderNotFound);
  });
});
