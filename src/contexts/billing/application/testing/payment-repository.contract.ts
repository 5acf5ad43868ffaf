import { describeAggregateRepositoryContract, Money, newId, OpenedRepository } from '@promenade/ddd';
import { Payment, PaymentState } from '../../domain/payment/payment.aggregate';
import { PaymentNotFound } from '../../domain/payment/payment.errors';
import { PaymentRepository } from '../../domain/payment/payment.repository';

const ADA = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
const INVOICE = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164';
const NOW = new Date('2026-01-01T00:00:00Z');
const paymentOf = (customerId = ADA, idempotencyKey = newId()) =>
  Payment.start({ invoiceId: INVOICE, customerId, paymentMethodId: newId(), amount: Money.of(1250, 'EUR'), idempotencyKey }, NOW);

/**
 * What every PaymentRepository does, the in-memory fake and the TypeORM adapter alike.
 * `inTransaction` runs work as a command runs (row locks need a transaction); the fake needs none.
 */
export function describePaymentRepositoryContract(
  open: () => Promise<OpenedRepository<PaymentRepository>>,
  inTransaction: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
): void {
  const { current } = describeAggregateRepositoryContract<Payment, PaymentState, PaymentRepository>({
    open,
    create: () => paymentOf(),
    restore: Payment.restore,
    load: (payments, id) => payments.getById(id),
    change: (payment) => payment.recordOutcome({ status: 'succeeded', providerReference: 'ch_1' }, NOW),
  });

  it('locks one by id in a transaction, as getById finds it (also limited to its owner)', async () => {
    const { repository } = current();
    const stored = paymentOf(ADA);
    await repository.save(stored);
    const locked = await inTransaction(() => repository.lockById(stored.id, ADA));
    expect(locked.snapshot()).toEqual((await repository.getById(stored.id)).snapshot());
    await expect(inTransaction(() => repository.lockById(stored.id, BOB))).rejects.toBeInstanceOf(PaymentNotFound);
    await expect(inTransaction(() => repository.lockById(newId()))).rejects.toBeInstanceOf(PaymentNotFound);
  });

  it('answers PaymentNotFound for an id it does not hold, and for another customer when limited to one', async () => {
    const { repository: payments } = current();
    const payment = paymentOf(ADA);
    await payments.save(payment);
    await expect(payments.getById(newId())).rejects.toBeInstanceOf(PaymentNotFound);
    await expect(payments.getById(payment.id, BOB)).rejects.toBeInstanceOf(PaymentNotFound);
    await expect(payments.getById(payment.id, ADA)).resolves.toMatchObject({ id: payment.id });
  });

  it('keeps amounts exactly, and finds a payment by its idempotency key and by its provider reference', async () => {
    const { repository: payments } = current();
    const payment = paymentOf(ADA, 'subscription:1:2026-02-01:1');
    payment.recordOutcome({ status: 'succeeded', providerReference: 'ch_found' }, NOW);
    payment.recordRefund(Money.of(250, 'EUR'), NOW);
    await payments.save(payment);

    const found = await payments.findByIdempotencyKey('subscription:1:2026-02-01:1');
    expect(found?.snapshot()).toMatchObject({ id: payment.id, status: 'succeeded' });
    expect(found?.refundedAmount.equals(Money.of(250, 'EUR'))).toBe(true);
    expect((await payments.findByProviderReference('ch_found'))?.id).toBe(payment.id);
    expect(await payments.findByIdempotencyKey('other')).toBeNull();
    expect(await payments.findByProviderReference('ch_other')).toBeNull();
  });

  it("finds an invoice's open payments (pending, requires_action), not its settled ones nor another invoice's", async () => {
    const { repository: payments } = current();
    const invoiceId = newId();
    const of = (invoice: string) =>
      Payment.start(
        { invoiceId: invoice, customerId: ADA, paymentMethodId: newId(), amount: Money.of(100, 'EUR'), idempotencyKey: newId() },
        NOW,
      );
    const [pending, waiting, settled, elsewhere] = [of(invoiceId), of(invoiceId), of(invoiceId), of(newId())];
    waiting.recordOutcome({ status: 'requires_action', providerReference: `ch_${newId()}` }, NOW);
    settled.recordOutcome({ status: 'failed', providerReference: `ch_${newId()}`, failureReason: 'card_declined' }, NOW);
    for (const payment of [pending, waiting, settled, elsewhere]) await payments.save(payment);

    const open = await payments.findOpenByInvoice(invoiceId);
    expect(open.map((p) => p.id).sort()).toEqual([pending.id, waiting.id].sort());
  });

  it("finds an invoice's captured payments (succeeded, refunded or not), not its open or failed ones nor another invoice's", async () => {
    const { repository: payments } = current();
    const invoiceId = newId();
    const of = (invoice: string, status: 'succeeded' | 'failed' | 'pending') => {
      const payment = Payment.start(
        { invoiceId: invoice, customerId: ADA, paymentMethodId: newId(), amount: Money.of(100, 'EUR'), idempotencyKey: newId() },
        NOW,
      );
      if (status !== 'pending') payment.recordOutcome({ status, providerReference: `ch_${newId()}`, failureReason: 'card_declined' }, NOW);
      return payment;
    };
    const [captured, refunded, failed, open, elsewhere] = [
      of(invoiceId, 'succeeded'),
      of(invoiceId, 'succeeded'),
      of(invoiceId, 'failed'),
      of(invoiceId, 'pending'),
      of(newId(), 'succeeded'),
    ];
    refunded.recordRefund(Money.of(100, 'EUR'), NOW);
    for (const payment of [captured, refunded, failed, open, elsewhere]) await payments.save(payment);

    const found = await payments.findCapturedByInvoice(invoiceId);
    expect(found.map((p) => p.id).sort()).toEqual([captured.id, refunded.id].sort());
  });

  it('refuses a second payment under an idempotency key already used', async () => {
    const { repository: payments } = current();
    await payments.save(paymentOf(ADA, 'same-key'));
    await expect(payments.save(paymentOf(ADA, 'same-key'))).rejects.toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
  });

  it('pages the payments matching the filter, newest first, with the number of matches', async () => {
    const { repository: payments } = current();
    const [older, newer, bobs] = [paymentOf(ADA), paymentOf(ADA), paymentOf(BOB)];
    newer.recordOutcome({ status: 'failed', providerReference: 'ch_2', failureReason: 'card_declined' }, NOW);
    for (const payment of [older, newer, bobs]) await payments.save(payment);

    const adas = await payments.findPage({ customerId: ADA }, 0, 1);
    expect(adas.total).toBe(2);
    expect(adas.items.map((p) => p.id)).toEqual([newer.id]);
    expect((await payments.findPage({ customerId: ADA, status: 'pending' }, 0, 10)).items.map((p) => p.id)).toEqual([older.id]);
    expect((await payments.findPage({ invoiceId: INVOICE }, 0, 10)).total).toBe(3);
  });
}
