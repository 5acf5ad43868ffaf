import { Logger } from '@nestjs/common';
import { eventHandlerOf } from '@promenade/messaging';
import { OrderDeliveredContract, OrderPlacedContract } from '../../../ordering/contracts';
import { CustomerConverted } from '../../domain/events/customer-converted.event';
import { CustomerStatus } from '../../domain/customer/customer-status';
import { RecordCustomerOrderOnOrderPlaced } from '../on-order-placed/record-customer-order.on-order-placed';
import { CustomerOrderRecorder } from '../record-customer-orders/customer-order-recorder';
import { InMemoryCountedOrders } from '../testing/in-memory-counted-orders';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { storedCustomer, USER } from '../testing/customer-fixtures';
import { RecordCustomerPurchaseOnOrderDelivered } from './record-customer-purchase.on-order-delivered';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405601';
const OTHER_ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405602';
const delivered = (orderId = ORDER, total = 1250, currency = 'EUR', deliveredAt = '2026-03-04T10:00:00.000Z') =>
  new OrderDeliveredContract({ orderId, customerId: USER, currency, total, deliveredAt });
const placed = (orderId = ORDER) =>
  new OrderPlacedContract(
    { orderId, customerId: USER, currency: 'EUR', lines: [], total: 1250, paymentMethodId: ORDER },
    { occurredAt: '2026-03-01T10:00:00.000Z' },
  );
const valueOf = (customer: { lifetimeValue: { amounts: ReadonlyArray<{ toJSON(): object }> } }) =>
  customer.lifetimeValue.amounts.map((sum) => sum.toJSON());

describe('RecordCustomerPurchaseOnOrderDelivered', () => {
  let customers: InMemoryCustomerRepository;
  let onDelivered: RecordCustomerPurchaseOnOrderDelivered;
  let onPlaced: RecordCustomerOrderOnOrderPlaced;

  let debug: jest.SpyInstance;

  beforeEach(() => {
    debug = jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
    customers = new InMemoryCustomerRepository();
    const recorder = new CustomerOrderRecorder(new InMemoryCountedOrders(), customers);
    onDelivered = new RecordCustomerPurchaseOnOrderDelivered(recorder);
    onPlaced = new RecordCustomerOrderOnOrderPlaced(recorder);
  });

  const linkedCustomer = (status: CustomerStatus) => storedCustomer(customers, status, { userId: USER });

  afterEach(() => jest.restoreAllMocks());

  it('subscribes to ordering.order-delivered', () => {
    expect(eventHandlerOf(RecordCustomerPurchaseOnOrderDelivered)).toEqual({
      id: 'crm.record-customer-purchase-on-order-delivered',
      events: [OrderDeliveredContract],
    });
  });

  it("adds the order's total to the lifetime value of its currency, and counts the delivery", async () => {
    const id = await linkedCustomer('customer');

    await onDelivered.handle(delivered(ORDER, 1250, 'EUR'));
    await onDelivered.handle(delivered(OTHER_ORDER, 4999, 'GBP'));

    const customer = await customers.getById(id);
    expect(customer).toMatchObject({ deliveredOrderCount: 2, status: 'customer' });
    expect(valueOf(customer)).toEqual([
      { amount: 1250, currency: 'EUR' },
      { amount: 4999, currency: 'GBP' },
    ]);
    expect(customers.published).toEqual([]);
  });

  it('converts a prospect on its first delivered order, at the delivery time', async () => {
    const id = await linkedCustomer('prospect');

    await onDelivered.handle(delivered());

    expect(await customers.getById(id)).toMatchObject({ status: 'customer', convertedAt: new Date('2026-03-04T10:00:00.000Z') });
    expect(customers.published).toEqual([expect.any(CustomerConverted)]);
  });

  it.each(['lead', 'churned'] as const)('leaves a %s in its status', async (status) => {
    const id = await linkedCustomer(status);

    await onDelivered.handle(delivered());

    expect(await customers.getById(id)).toMatchObject({ status, deliveredOrderCount: 1 });
    expect(customers.published).toEqual([]);
  });

  it('counts a delivery once, however often it is reported, even under another event id', async () => {
    const id = await linkedCustomer('prospect');
    const event = delivered();

    await onDelivered.handle(event);
    await onDelivered.handle(event);
    await onDelivered.handle(delivered());

    const customer = await customers.getById(id);
    expect(customer).toMatchObject({ deliveredOrderCount: 1, status: 'customer', version: 2 });
    expect(valueOf(customer)).toEqual([{ amount: 1250, currency: 'EUR' }]);
    expect(customers.published).toHaveLength(1);
  });

  it('ends in the same customer when the delivery is reported before the placement', async () => {
    const late = await linkedCustomer('prospect');

    await onDelivered.handle(delivered());
    await onPlaced.handle(placed());
    await onDelivered.handle(delivered());
    await onPlaced.handle(placed());

    expect(await customers.getById(late)).toMatchObject({
      orderCount: 1,
      deliveredOrderCount: 1,
      lastOrderAt: new Date('2026-03-01T10:00:00.000Z'),
      status: 'customer',
    });
    expect(valueOf(await customers.getById(late))).toEqual([{ amount: 1250, currency: 'EUR' }]);
  });

  it('does nothing for a user linked to no customer', async () => {
    const unlinked = await storedCustomer(customers, 'prospect');

    await onDelivered.handle(delivered());

    expect(await customers.getById(unlinked)).toMatchObject({ status: 'prospect', deliveredOrderCount: 0, version: 1 });
    expect(customers.published).toEqual([]);
    expect(debug).toHaveBeenCalledWith(`order ${ORDER} delivered: user ${USER} is linked to no live CRM customer; not counted`);
  });
});
