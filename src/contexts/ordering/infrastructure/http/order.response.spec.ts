import { Currency, Money } from '@promenade/ddd';
import { OrderLine } from '../../domain/order/order-line';
import { Order } from '../../domain/order/order.aggregate';
import { OrderResponse } from './order.response';

const USER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const PAYMENT_METHOD = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165';

describe('OrderResponse', () => {
  const draft = () => Order.create(USER, Currency.of('EUR'), [OrderLine.of('SKU-1', 2, Money.of(1250, 'EUR'))]);

  it("names the owner userId, the Identity user CRM's customers link to, and nothing customerId", () => {
    const response = OrderResponse.from(draft());

    expect(response.userId).toBe(USER);
    expect(response).not.toHaveProperty('customerId');
  });

  it('shows a draft with no payment, no shipment and no lifecycle times', () => {
    expect(OrderResponse.from(draft())).toMatchObject({
      status: 'draft',
      paymentMethodId: null,
      paymentState: 'none',
      shipment: null,
      placedAt: null,
      confirmedAt: null,
      shippedAt: null,
      deliveredAt: null,
      cancelledAt: null,
      cancellationReason: null,
    });
  });

  it('shows a delivered order with its payment, shipment and every lifecycle time', () => {
    const order = draft();
    order.place(PAYMENT_METHOD, new Date('2026-01-01T10:00:00Z'));
    order.recordPayment('captured', null);
    order.confirm('p-1', new Date('2026-01-01T10:05:00Z'));
    order.markShipped('DHL', 'JD014600', new Date('2026-01-02T08:00:00Z'));
    order.markDelivered(new Date('2026-01-03T12:00:00Z'));

    expect(OrderResponse.from(order)).toMatchObject({
      userId: USER,
      status: 'delivered',
      paymentMethodId: PAYMENT_METHOD,
      paymentState: 'captured',
      shipment: { carrier: 'DHL', trackingNumber: 'JD014600' },
      placedAt: '2026-01-01T10:00:00.000Z',
      confirmedAt: '2026-01-01T10:05:00.000Z',
      shippedAt: '2026-01-02T08:00:00.000Z',
      deliveredAt: '2026-01-03T12:00:00.000Z',
      cancellationReason: null,
    });
  });

  it('shows why a cancelled order was cancelled', () => {
    const order = draft();
    order.place(PAYMENT_METHOD);
    order.cancel('out of stock: SKU-1', new Date('2026-01-01T10:09:00Z'));

    expect(OrderResponse.from(order)).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'out of stock: SKU-1',
      cancelledAt: '2026-01-01T10:09:00.000Z',
    });
  });
});
