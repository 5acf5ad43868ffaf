import { Money, newId } from '@promenade/ddd';
import { UnitOfWork } from '@promenade/persistence';
import { TransactionalCommandBus } from '@promenade/platform';
import { Client } from 'pg';
import { ChargeInvoice } from '../../src/contexts/billing/application/charge-invoice/charge-invoice.command';
import { CreateInvoice } from '../../src/contexts/billing/application/create-invoice/create-invoice.command';
import { CreatePaymentMethod } from '../../src/contexts/billing/application/create-payment-method/create-payment-method.command';
import { IssueInvoice } from '../../src/contexts/billing/application/issue-invoice/issue-invoice.command';
import { RefundPayment } from '../../src/contexts/billing/application/refund-payment/refund-payment.command';
import { SandboxPaymentProvider } from '../../src/contexts/billing/infrastructure/payments/sandbox.payment-provider';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { eventually, startTestApp, TestApp } from '../support/test-app';

/** Time to charge and close the first app before the confirmation is due. */
const THREE_DS_DELAY_MS = 8_000;

/**
 * The sandbox remembers as a provider does, in PostgreSQL apart from Billing's transactions: a 3-D Secure charge made
 * by one app, closed before its confirmation was due, is confirmed by the next app on the same database; a charge the
 * first app made is refunded by the second; a repeated key answers the first charge; a charge made inside a
 * transaction that rolled back is still known.
 */
describe('the sandbox payment provider across a restart, on PostgreSQL', () => {
  let database: FreshDatabase;
  let observer: Client;
  const customerId = newId();
  const start = () => startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto', SANDBOX_3DS_DELAY_MS: String(THREE_DS_DELAY_MS) });

  beforeAll(async () => {
    database = await createFreshDatabase();
    observer = new Client({ connectionString: database.url });
    await observer.connect();
  });

  afterAll(async () => {
    await observer?.end();
    await database?.drop();
  });

  const one = async (sql: string, params: unknown[] = []) => (await observer.query(sql, params)).rows[0];
  const payment = (id: string) =>
    one(`SELECT status, amount, refunded_amount AS "refunded", invoice_id AS "invoiceId" FROM billing.payments WHERE id = $1`, [id]);
  const sandboxCharge = (key: string) =>
    one(
      `SELECT outcome->>'status' AS status, webhook_state AS "webhookState", webhook_due_at AS "dueAt"
       FROM billing.sandbox_provider_records WHERE kind = 'charge' AND idempotency_key = $1`,
      [key],
    );

  /** Charges a fresh issued 10.00 EUR invoice with a card of `token`; answers the payment. */
  async function charged(app: TestApp, token: string, key: string) {
    const commands = app.app.get(TransactionalCommandBus);
    const lines = [{ description: 'Consulting', quantity: 1, unitPrice: { amount: 1000, currency: 'EUR' }, taxRate: 0 }];
    const invoiceId = await commands.execute(new CreateInvoice({ customerId, currency: 'EUR', lines }));
    await commands.execute(new IssueInvoice(invoiceId));
    const methodId = await commands.execute(new CreatePaymentMethod(customerId, token, token));
    return commands.execute(new ChargeInvoice(invoiceId, methodId, key));
  }

  it('confirms in the next app a 3-D Secure charge the closed one made, and refunds a charge the closed one made', async () => {
    const first = await start();
    const confirming = await charged(first, 'pm_card_3ds', 'restart:3ds');
    const captured = await charged(first, 'pm_card_ok', 'restart:ok');
    const sandbox = first.app.get(SandboxPaymentProvider);
    const rolledBack = first.app.get(UnitOfWork).run(async () => {
      await sandbox.charge({
        paymentId: newId(),
        idempotencyKey: 'restart:rolled-back',
        token: 'pm_card_ok',
        amount: Money.of(500, 'EUR'),
      });
      throw new Error('the caller rolls back after the charge');
    });
    await expect(rolledBack).rejects.toThrow('rolls back');
    await first.close();

    expect(confirming.status).toBe('requires_action');
    expect(captured.status).toBe('succeeded');
    const waiting = await sandboxCharge('restart:3ds');
    expect(Date.now()).toBeLessThan(waiting.dueAt.getTime()); // closed before it was due: what follows is the next app's doing
    expect(waiting).toMatchObject({ status: 'requires_action', webhookState: 'pending' });
    expect(await sandboxCharge('restart:rolled-back')).toMatchObject({ status: 'succeeded', webhookState: null });

    const second = await start();
    try {
      await eventually(async () => ((await payment(confirming.paymentId)).status === 'succeeded' ? true : undefined), 30_000);
      expect(await sandboxCharge('restart:3ds')).toMatchObject({ status: 'succeeded', webhookState: 'delivered' });
      const { invoiceId } = await payment(confirming.paymentId);
      expect(await one(`SELECT status FROM billing.invoices WHERE id = $1`, [invoiceId])).toEqual({ status: 'paid' });
      const events = await one(
        `SELECT count(*)::int AS n FROM messaging.outbox WHERE event_name = 'billing.payment-succeeded' AND aggregate_id = $1`,
        [confirming.paymentId],
      );
      expect(events.n).toBe(1);

      const commands = second.app.get(TransactionalCommandBus);
      const creditNoteId = await commands.execute(new RefundPayment(captured.paymentId, 'restart:refund', undefined, 'after a restart'));
      expect(await payment(captured.paymentId)).toMatchObject({ status: 'succeeded', amount: '1000', refunded: '1000' });
      expect(await one(`SELECT kind, status FROM billing.invoices WHERE id = $1`, [creditNoteId])).toEqual({
        kind: 'credit_note',
        status: 'issued',
      });

      const sandbox = second.app.get(SandboxPaymentProvider);
      await expect(sandbox.status('restart:rolled-back')).resolves.toMatchObject({ status: 'succeeded' });
      const again = { paymentId: newId(), idempotencyKey: 'restart:ok', token: 'pm_card_declined', amount: Money.of(1000, 'EUR') };
      await expect(sandbox.charge(again)).resolves.toMatchObject({ status: 'succeeded' });
    } finally {
      await second.close();
    }
  }, 90_000);
});
