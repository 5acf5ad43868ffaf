import { randomUUID } from 'node:crypto';
import { DomainEvent } from '@promenade/ddd';
import { UnitOfWork } from '@promenade/persistence';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { OrderDeliveredContract, OrderPlacedContract } from '../../src/contexts/ordering/contracts';
import { SignedIn, signUp } from '../support/auth';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const CUSTOMERS = '/api/v1/crm/customers';

/**
 * Ordering's events, published through the real outbox (written in a transaction, relayed, delivered to CRM's
 * handlers through the inbox), reach the CRM customer linked to the user who ordered.
 */
describe('CRM: a customer’s orders, from Ordering’s events', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof request>;
  let admin: SignedIn;

  beforeAll(async () => {
    testApp = await startTestApp();
    http = request(testApp.url);
    admin = await signUp(testApp, { roles: ['admin'] });
  });

  afterAll(() => testApp?.close());

  /** Writes the events to the outbox as a command's transaction would. */
  async function publish(...events: DomainEvent[]): Promise<void> {
    const uow = testApp.app.get(UnitOfWork);
    await uow.run(async () => uow.record(events));
  }

  /** Waits until `handler` has handled the event (its inbox row). */
  async function handled(event: DomainEvent, handler: string): Promise<void> {
    await eventually(async () => {
      const rows: unknown[] = await testApp.app
        .get(DataSource)
        .query(`SELECT 1 FROM messaging.inbox WHERE event_id = $1 AND handler = $2`, [event.metadata.eventId, handler]);
      return rows.length > 0 ? true : undefined;
    });
  }

  /** A signed-up user's lead (created by CRM from identity.user-registered), once it exists. */
  async function leadOf(user: SignedIn): Promise<any> {
    return eventually(async () => {
      const { body } = await http
        .get(`${CUSTOMERS}?search=${encodeURIComponent(user.email)}`)
        .set(admin.headers)
        .expect(200);
      return body.items[0];
    });
  }

  const customer = async (id: string) => (await http.get(`${CUSTOMERS}/${id}`).set(admin.headers).expect(200)).body;

  const placed = (orderId: string, userId: string, occurredAt: string) =>
    new OrderPlacedContract(
      {
        orderId,
        customerId: userId,
        currency: 'EUR',
        lines: [{ sku: 'SKU-1', quantity: 2, unitPrice: 1250 }],
        total: 2500,
        paymentMethodId: randomUUID(),
      },
      { occurredAt },
    );
  const delivered = (orderId: string, userId: string, total: number, currency: string, deliveredAt: string) =>
    new OrderDeliveredContract({ orderId, customerId: userId, currency, total, deliveredAt });

  it('counts a placed then delivered order on the prospect linked to the user, converting them, each order once', async () => {
    const user = await signUp(testApp);
    const lead = await leadOf(user);
    expect(lead).toMatchObject({ userId: user.userId, status: 'lead', orderCount: 0, lastOrderAt: null, lifetimeValue: [] });
    expect(lead.id).not.toBe(user.userId);
    await http.post(`${CUSTOMERS}/${lead.id}/qualify`).set(admin.headers).expect(200);
    const orderId = randomUUID();

    const placement = placed(orderId, user.userId, '2026-03-01T10:00:00.000Z');
    await publish(placement);
    await handled(placement, 'crm.record-customer-order-on-order-placed');
    expect(await customer(lead.id)).toMatchObject({
      status: 'prospect',
      orderCount: 1,
      lastOrderAt: '2026-03-01T10:00:00.000Z',
      deliveredOrderCount: 0,
      lifetimeValue: [],
    });

    const delivery = delivered(orderId, user.userId, 2500, 'EUR', '2026-03-04T10:00:00.000Z');
    await publish(delivery);
    await handled(delivery, 'crm.record-customer-purchase-on-order-delivered');
    const converted = await customer(lead.id);
    expect(converted).toMatchObject({
      id: lead.id,
      userId: user.userId,
      status: 'customer',
      convertedAt: '2026-03-04T10:00:00.000Z',
      orderCount: 1,
      deliveredOrderCount: 1,
      lifetimeValue: [{ amount: 2500, currency: 'EUR' }],
    });

    // The same order reported again under new event ids (a second publication): the inbox lets them through, the count does not.
    const again = [
      placed(orderId, user.userId, '2026-03-02T10:00:00.000Z'),
      delivered(orderId, user.userId, 2500, 'EUR', '2026-03-04T10:00:00.000Z'),
    ];
    await publish(...again);
    await handled(again[0], 'crm.record-customer-order-on-order-placed');
    await handled(again[1], 'crm.record-customer-purchase-on-order-delivered');
    expect(await customer(lead.id)).toEqual(converted);
  });

  it('sums deliveries per currency and keeps the latest placement when orders arrive late and out of order', async () => {
    const user = await signUp(testApp);
    const lead = await leadOf(user);
    const [first, second] = [randomUUID(), randomUUID()];

    const events = [
      delivered(second, user.userId, 4999, 'GBP', '2026-03-06T10:00:00.000Z'),
      placed(second, user.userId, '2026-03-05T10:00:00.000Z'),
      delivered(first, user.userId, 1000, 'EUR', '2026-03-03T10:00:00.000Z'),
      placed(first, user.userId, '2026-03-01T10:00:00.000Z'),
    ];
    await publish(...events);
    for (const event of events) {
      await handled(
        event,
        event instanceof OrderPlacedContract
          ? 'crm.record-customer-order-on-order-placed'
          : 'crm.record-customer-purchase-on-order-delivered',
      );
    }

    expect(await customer(lead.id)).toMatchObject({
      status: 'lead',
      orderCount: 2,
      lastOrderAt: '2026-03-05T10:00:00.000Z',
      deliveredOrderCount: 2,
      lifetimeValue: [
        { amount: 1000, currency: 'EUR' },
        { amount: 4999, currency: 'GBP' },
      ],
    });
  });
});
