import { Logger } from '@nestjs/common';
import { Email } from '@promenade/ddd';
import { eventHandlerOf } from '@promenade/messaging';
import { OrderPlacedContract } from '../../../ordering/contracts';
import { CustomerOrderRecorder } from '../record-customer-orders/customer-order-recorder';
import { InMemoryCountedOrders } from '../testing/in-memory-counted-orders';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { storedCustomer, USER } from '../testing/customer-fixtures';
import { RecordCustomerOrderOnOrderPlaced } from './record-customer-order.on-order-placed';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405601';
const OTHER_ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405602';
const placed = (orderId = ORDER, occurredAt = '2026-03-01T10:00:00.000Z', userId = USER) =>
  new OrderPlacedContract(
    {
      orderId,
      customerId: userId,
      currency: 'EUR',
      lines: [{ sku: 'SKU-1', quantity: 1, unitPrice: 1250 }],
      total: 1250,
      paymentMethodId: ORDER,
    },
    { occurredAt },
  );

describe('RecordCustomerOrderOnOrderPlaced', () => {
  let customers: InMemoryCustomerRepository;
  let handler: RecordCustomerOrderOnOrderPlaced;

  let debug: jest.SpyInstance;

  beforeEach(() => {
    debug = jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
    customers = new InMemoryCustomerRepository();
    handler = new RecordCustomerOrderOnOrderPlaced(new CustomerOrderRecorder(new InMemoryCountedOrders(), customers));
  });

  afterEach(() => jest.restoreAllMocks());

  it('subscribes to ordering.order-placed', () => {
    expect(eventHandlerOf(RecordCustomerOrderOnOrderPlaced)).toEqual({
      id: 'crm.record-customer-order-on-order-placed',
      events: [OrderPlacedContract],
    });
  });

  it("counts the order on the customer linked to the order's user (Ordering's customerId) and records when it was placed", async () => {
    const id = await storedCustomer(customers, 'lead', { userId: USER });

    await handler.handle(placed());

    expect(await customers.getById(id)).toMatchObject({ orderCount: 1, lastOrderAt: new Date('2026-03-01T10:00:00.000Z'), version: 2 });
    expect(customers.published).toEqual([]);
  });

  it('counts an order once, however often it is reported, even under another event id', async () => {
    const id = await storedCustomer(customers, 'lead', { userId: USER });
    const event = placed();

    await handler.handle(event);
    await handler.handle(event);
    await handler.handle(placed());

    expect(await customers.getById(id)).toMatchObject({ orderCount: 1, version: 2 });
  });

  it('keeps the latest placement when an earlier order is reported late', async () => {
    const id = await storedCustomer(customers, 'lead', { userId: USER });

    await handler.handle(placed(OTHER_ORDER, '2026-03-05T10:00:00.000Z'));
    await handler.handle(placed(ORDER, '2026-03-01T10:00:00.000Z'));

    expect(await customers.getById(id)).toMatchObject({ orderCount: 2, lastOrderAt: new Date('2026-03-05T10:00:00.000Z') });
  });

  it('does nothing for a user linked to no customer, nor to a deleted one', async () => {
    const unlinked = await storedCustomer(customers, 'lead');
    const deleted = await storedCustomer(customers, 'lead', { userId: USER, email: Email.of('gone@example.com') });
    const gone = await customers.getById(deleted);
    gone.delete();
    await customers.save(gone);

    await handler.handle(placed());
    await handler.handle(placed(OTHER_ORDER, '2026-03-01T10:00:00.000Z', '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405299'));

    expect(await customers.getById(unlinked)).toMatchObject({ orderCount: 0, lastOrderAt: null, version: 1 });
    expect(customers.stored(deleted)).toMatchObject({ orderCount: 0, version: 2 });
    expect(debug).toHaveBeenCalledWith(`order ${ORDER} placed: user ${USER} is linked to no live CRM customer; not counted`);
  });
});
