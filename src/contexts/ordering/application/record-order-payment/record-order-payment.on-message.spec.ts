import { Logger } from '@nestjs/common';
import { eventHandlerOf } from '@promenade/messaging';
import { RecordOrderPaymentMessage } from '../../contracts';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { orderCommandsOver } from '../testing/order-commands';
import { storedOrderIn } from '../testing/orders-in';
import { RecordOrderPaymentOnMessage } from './record-order-payment.on-message';

describe('RecordOrderPaymentOnMessage', () => {
  let orders: InMemoryOrderRepository;
  let handler: RecordOrderPaymentOnMessage;
  let warn: jest.SpyInstance;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new RecordOrderPaymentOnMessage(orderCommandsOver(orders));
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => warn.mockRestore());

  it('accepts ordering.record-order-payment under its stable id', () => {
    expect(eventHandlerOf(RecordOrderPaymentOnMessage)).toEqual({
      id: 'ordering.record-order-payment-on-message',
      events: [RecordOrderPaymentMessage],
    });
  });

  it('records what Billing reported, with its detail', async () => {
    const id = await storedOrderIn(orders, 'placed');

    await handler.handle(new RecordOrderPaymentMessage({ orderId: id, paymentState: 'failed', detail: 'card_declined' }));

    const order = await orders.getById(id);
    expect(order.paymentState).toBe('failed');
    expect(order.timeline.at(-1)).toMatchObject({ type: 'payment-failed', detail: 'card_declined' });
  });

  it('records a refund on an order cancelled after its payment was captured', async () => {
    const id = await storedOrderIn(orders, 'confirmed');
    await handler.handle(new RecordOrderPaymentMessage({ orderId: id, paymentState: 'captured', detail: null }));
    const cancel = await orders.getById(id);
    cancel.cancel('customer changed their mind');
    await orders.save(cancel);

    await handler.handle(new RecordOrderPaymentMessage({ orderId: id, paymentState: 'refunded', detail: null }));

    expect(await orders.getById(id)).toMatchObject({ status: 'cancelled', paymentState: 'refunded' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('does nothing more on a repeat, with a warning', async () => {
    const id = await storedOrderIn(orders, 'placed');
    const captured = new RecordOrderPaymentMessage({ orderId: id, paymentState: 'captured', detail: null });
    await handler.handle(captured);

    await expect(handler.handle(new RecordOrderPaymentMessage(captured.payload))).resolves.toBeUndefined();

    const order = await orders.getById(id);
    expect(order.version).toBe(2);
    expect(order.timeline.filter((entry) => entry.type === 'payment-captured')).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ORDER_PAYMENT_STATE_CONFLICT'));
  });

  it('leaves aside a report contradicting the recorded payment, and a report on a draft, without throwing', async () => {
    const captured = await storedOrderIn(orders, 'placed');
    await handler.handle(new RecordOrderPaymentMessage({ orderId: captured, paymentState: 'captured', detail: null }));
    const draft = await storedOrderIn(orders, 'draft');

    await expect(
      handler.handle(new RecordOrderPaymentMessage({ orderId: captured, paymentState: 'failed', detail: 'x' })),
    ).resolves.toBeUndefined();
    await expect(
      handler.handle(new RecordOrderPaymentMessage({ orderId: draft, paymentState: 'captured', detail: null })),
    ).resolves.toBeUndefined();

    expect((await orders.getById(captured)).paymentState).toBe('captured');
    expect((await orders.getById(draft)).paymentState).toBe('none');
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
