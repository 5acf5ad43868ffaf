import { randomUUID } from 'node:crypto';
import { DomainEvent } from '@promenade/ddd';
import { UnitOfWork } from '@promenade/persistence';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ChargeInvoiceMessage, InvoiceOrderMessage, RefundInvoiceMessage, VoidInvoiceMessage } from '../../src/contexts/billing/contracts';
import { SignedIn, signUp } from '../support/auth';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const BILLING = '/api/v1/billing';

/**
 * The command messages Billing accepts, sent as another context sends them: written to the outbox in a unit of work,
 * relayed, delivered through the inbox to Billing's handlers; what they end in is read from the outbox they write to.
 */
describe('Billing accepts command messages through the outbox', () => {
  let t: TestApp;
  let alice: SignedIn;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_POLL_MS: '100' });
    alice = await signUp(t);
    db = t.app.get(DataSource);
  }, 120_000);

  afterAll(() => t?.close());

  /** Writes the message to the outbox as a sender's unit of work does, and answers once Billing's handler ran it. */
  async function send(message: DomainEvent, handler: string): Promise<void> {
    const uow = t.app.get(UnitOfWork);
    await uow.run(async () => uow.record([message]));
    await eventually(async () => {
      const rows = await db.query(`SELECT 1 FROM messaging.inbox WHERE event_id = $1 AND handler = $2`, [
        message.metadata.eventId,
        handler,
      ]);
      return rows.length > 0 ? true : undefined;
    }, 10_000);
  }

  /** The payloads of `name` events about `invoiceId` in the outbox, in order. */
  async function published(name: string, invoiceId: string): Promise<Array<Record<string, unknown>>> {
    const rows: Array<{ payload: Record<string, unknown> }> = await db.query(
      `SELECT envelope->'payload' AS payload FROM messaging.outbox WHERE event_name = $1 AND envelope->'payload'->>'invoiceId' = $2 ORDER BY id`,
      [name, invoiceId],
    );
    return rows.map((row) => row.payload);
  }

  async function method(token: string, customer = alice): Promise<string> {
    const { body } = await request(t.url)
      .post(`${BILLING}/payment-methods`)
      .set(customer.headers)
      .send({ token, label: token })
      .expect(201);
    return body.id;
  }

  /** An order of Alice's invoiced by message (2 × 12.50 + 4.99): answers its issued invoice's id. */
  async function invoicedOrder(): Promise<string> {
    const orderId = randomUUID();
    const lines = [
      { sku: 'SKU-1', quantity: 2, unitPrice: 1250 },
      { sku: 'SKU-2', quantity: 1, unitPrice: 499 },
    ];
    await send(new InvoiceOrderMessage({ orderId, customerId: alice.userId, currency: 'EUR', lines }), 'billing.invoice-order-on-message');
    const [invoice]: Array<{ id: string }> = await db.query(`SELECT id FROM billing.invoices WHERE source_reference = $1`, [
      `order:${orderId}`,
    ]);
    return invoice.id;
  }

  const charge = (invoiceId: string, paymentMethodId: string, idempotencyKey = `order:${randomUUID()}:charge`) =>
    send(new ChargeInvoiceMessage({ invoiceId, paymentMethodId, idempotencyKey }), 'billing.charge-invoice-on-message');

  it('invoices an order once: invoice-issued with its source reference, a repeat adds nothing', async () => {
    const orderId = randomUUID();
    const message = () =>
      new InvoiceOrderMessage({
        orderId,
        customerId: alice.userId,
        currency: 'EUR',
        lines: [{ sku: 'SKU-1', quantity: 2, unitPrice: 1250 }],
      });
    await send(message(), 'billing.invoice-order-on-message');
    await send(message(), 'billing.invoice-order-on-message');

    const issued: Array<{ payload: Record<string, unknown> }> = await db.query(
      `SELECT envelope->'payload' AS payload FROM messaging.outbox WHERE event_name = 'billing.invoice-issued' AND envelope->'payload'->>'sourceReference' = $1`,
      [`order:${orderId}`],
    );
    expect(issued.map((row) => row.payload)).toEqual([
      expect.objectContaining({ customerId: alice.userId, total: { amount: 2500, currency: 'EUR' }, sourceReference: `order:${orderId}` }),
    ]);
  });

  it('ends a charge with pm_card_ok in payment-succeeded, once however often it is sent', async () => {
    const invoiceId = await invoicedOrder();
    const card = await method('pm_card_ok');
    await charge(invoiceId, card, `order:${invoiceId}:charge`);
    await charge(invoiceId, card, `order:${invoiceId}:charge`);

    expect(await published('billing.payment-succeeded', invoiceId)).toEqual([
      expect.objectContaining({ customerId: alice.userId, amount: { amount: 2999, currency: 'EUR' } }),
    ]);
    expect(await published('billing.payment-failed', invoiceId)).toEqual([]);
  });

  it("ends a charge with pm_card_declined in payment-failed with the provider's reason", async () => {
    const invoiceId = await invoicedOrder();
    await charge(invoiceId, await method('pm_card_declined'));

    expect(await published('billing.payment-failed', invoiceId)).toEqual([expect.objectContaining({ reason: 'card_declined' })]);
    expect(await published('billing.payment-succeeded', invoiceId)).toEqual([]);
  });

  it("ends a refused charge (another customer's card) in payment-failed naming the refusal, with no dead letter", async () => {
    const invoiceId = await invoicedOrder();
    await charge(invoiceId, await method('pm_card_ok', await signUp(t)));

    expect(await published('billing.payment-failed', invoiceId)).toEqual([
      expect.objectContaining({ reason: 'PAYMENT_METHOD_NOT_FOUND', customerId: alice.userId }),
    ]);
    const deadLetters = await db.query(`SELECT 1 FROM messaging.dead_letters WHERE handler = 'billing.charge-invoice-on-message'`);
    expect(deadLetters).toEqual([]);
  });

  it('refunds a paid invoice once: payment-refunded and credit-note-issued, nothing more for a second request', async () => {
    const invoiceId = await invoicedOrder();
    await charge(invoiceId, await method('pm_card_ok'));
    const refund = () => new RefundInvoiceMessage({ invoiceId, reason: 'order cancelled' });
    await send(refund(), 'billing.refund-invoice-on-message');
    await send(refund(), 'billing.refund-invoice-on-message');

    expect(await published('billing.payment-refunded', invoiceId)).toEqual([
      expect.objectContaining({ amount: { amount: 2999, currency: 'EUR' }, refundedTotal: { amount: 2999, currency: 'EUR' } }),
    ]);
    expect(await published('billing.credit-note-issued', invoiceId)).toEqual([
      expect.objectContaining({ total: { amount: 2999, currency: 'EUR' }, reason: expect.stringContaining('order cancelled') }),
    ]);
  });

  it('voids an unpaid invoice (invoice-voided) and leaves a paid one alone', async () => {
    const unpaid = await invoicedOrder();
    const paid = await invoicedOrder();
    await charge(paid, await method('pm_card_ok'));
    await send(new VoidInvoiceMessage({ invoiceId: unpaid, reason: 'payment failed' }), 'billing.void-invoice-on-message');
    await send(new VoidInvoiceMessage({ invoiceId: paid, reason: 'payment failed' }), 'billing.void-invoice-on-message');

    expect(await published('billing.invoice-voided', unpaid)).toHaveLength(1);
    expect(await published('billing.invoice-voided', paid)).toEqual([]);
  });
});
