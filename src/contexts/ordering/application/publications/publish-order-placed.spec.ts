import { OrderPlaced } from '../../domain/events/order-placed.event';
import { PublishOrderPlaced } from './publish-order-placed';

describe('PublishOrderPlaced', () => {
  it('gives other contexts the order, its owner, lines, total and the payment method to charge (v2)', () => {
    const payload = {
      orderId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
      customerId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      currency: 'EUR',
      lines: [{ sku: 'SKU-1', quantity: 2, unitPrice: 1250 }],
      total: 2500,
      paymentMethodId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165',
    };
    expect(new PublishOrderPlaced().toContract(new OrderPlaced(payload))).toEqual(payload);
  });
});
