import { OrderDelivered } from '../../domain/events/order-delivered.event';
import { PublishOrderDelivered } from './publish-order-delivered';

describe('PublishOrderDelivered', () => {
  it('gives other contexts the order, its owner, what it cost and when it was delivered', () => {
    const payload = {
      orderId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
      customerId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      currency: 'EUR',
      total: 2500,
      deliveredAt: '2026-01-03T12:00:00.000Z',
    };
    expect(new PublishOrderDelivered().toContract(new OrderDelivered(payload))).toEqual(payload);
  });
});
