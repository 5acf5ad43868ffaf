import { Money } from '@promenade/ddd';
import { PaymentFailed } from '../events/payment-failed.event';
import { PaymentReconciliationDue } from '../events/payment-reconciliation-due.event';
import { PaymentRefunded } from '../events/payment-refunded.event';
import { PaymentSucceeded } from '../events/payment-succeeded.event';
import { CHARGE_NOT_FOUND, Payment, RECONCILIATION_DELAY_CAP_MS } from './payment.aggregate';

const NOW = new Date('2026-01-01T00:00:00Z');
const eur = (minor: number) => Money.of(minor, 'EUR');
const charge = (minor: number) => ({
  invoiceId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
  customerId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
  paymentMethodId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164',
  amount: eur(minor),
  idempotencyKey: 'key-1',
});
const started = (minor = 1000) => Payment.start(charge(minor), NOW);
const succeeded = (minor = 1000) => {
  const payment = started(minor);
  payment.recordOutcome({ status: 'succeeded', providerReference: 'ch_1' }, NOW);
  payment.pullEvents();
  return payment;
};

describe('Payment', () => {
  it('starts pending, with nothing refunded and no event yet', () => {
    const payment = started();
    expect(payment.snapshot()).toMatchObject({
      status: 'pending',
      failureReason: null,
      providerReference: null,
      reconciliationAttempts: 0,
    });
    expect(payment.refundedAmount.equals(eur(0))).toBe(true);
    expect(payment.pullEvents()).toEqual([]);
  });

  it.each([0, -5])('refuses to start for %i minor units', (minor) => {
    expect(() => started(minor)).toThrow(expect.objectContaining({ code: 'PAYMENT_AMOUNT_INVALID' }));
  });

  it.each([1000, 0])(
    'records a refused charge of %i minor units as failed, its reason the refusal code, raising PaymentFailed',
    (minor) => {
      const payment = Payment.refused(charge(minor), 'PAYMENT_METHOD_NOT_FOUND', NOW);
      expect(payment.snapshot()).toMatchObject({ status: 'failed', failureReason: 'PAYMENT_METHOD_NOT_FOUND', idempotencyKey: 'key-1' });
      const [event] = payment.pullEvents();
      expect(event).toBeInstanceOf(PaymentFailed);
      expect((event as PaymentFailed).payload).toMatchObject({
        paymentId: payment.id,
        reason: 'PAYMENT_METHOD_NOT_FOUND',
        amount: { amount: minor, currency: 'EUR' },
      });
      expect(payment.refundableAmount.equals(eur(0))).toBe(true);
    },
  );

  it('refuses to record a refused charge of a negative amount', () => {
    expect(() => Payment.refused(charge(-1), 'INVOICE_NOT_PAYABLE', NOW)).toThrow(
      expect.objectContaining({ code: 'PAYMENT_AMOUNT_INVALID' }),
    );
  });

  it('succeeds on the provider word, once, raising PaymentSucceeded with the amount', () => {
    const payment = started();
    expect(payment.recordOutcome({ status: 'succeeded', providerReference: 'ch_1' }, NOW)).toBe(true);
    expect(payment.snapshot()).toMatchObject({ status: 'succeeded', providerReference: 'ch_1' });
    const [event] = payment.pullEvents();
    expect(event).toBeInstanceOf(PaymentSucceeded);
    expect((event as PaymentSucceeded).payload).toMatchObject({ paymentId: payment.id, amount: { amount: 1000, currency: 'EUR' } });
    expect(payment.recordOutcome({ status: 'succeeded', providerReference: 'ch_1' }, NOW)).toBe(false);
    expect(payment.pullEvents()).toEqual([]);
  });

  it('fails with the provider reason, raising PaymentFailed with it', () => {
    const payment = started();
    payment.recordOutcome({ status: 'failed', providerReference: 'ch_2', failureReason: 'card_declined' }, NOW);
    expect(payment.snapshot()).toMatchObject({ status: 'failed', failureReason: 'card_declined' });
    expect((payment.pullEvents()[0] as PaymentFailed).payload.reason).toBe('card_declined');
  });

  it('waits for the customer on requires_action, then takes the final word', () => {
    const payment = started();
    expect(payment.recordOutcome({ status: 'requires_action', providerReference: 'ch_3' }, NOW)).toBe(false);
    expect(payment.status).toBe('requires_action');
    expect(payment.pullEvents()).toEqual([]);
    expect(payment.recordOutcome({ status: 'succeeded', providerReference: 'ch_3' }, NOW)).toBe(true);
    expect(payment.status).toBe('succeeded');
  });

  it('refuses a contrary word once settled (PAYMENT_ALREADY_SETTLED)', () => {
    const payment = succeeded();
    expect(() => payment.recordOutcome({ status: 'failed', providerReference: 'ch_1', failureReason: 'x' }, NOW)).toThrow(
      expect.objectContaining({ code: 'PAYMENT_ALREADY_SETTLED' }),
    );
    expect(payment.status).toBe('succeeded');
  });

  it('schedules a reconciliation when the provider did not answer, due after the given delay', () => {
    const payment = started();
    payment.awaitReconciliation(NOW, 30_000);
    const [due] = payment.pullEvents();
    expect(due).toBeInstanceOf(PaymentReconciliationDue);
    expect((due as PaymentReconciliationDue).payload).toEqual({ paymentId: payment.id, attempt: 1 });
    expect(due.metadata.deliverAt).toBe('2026-01-01T00:00:30.000Z');
  });

  it('never fails for silence: it stays pending and waits twice as long each time, up to the cap', () => {
    const payment = started();
    for (let i = 0; i < 30; i++) payment.awaitReconciliation(NOW, 60_000);
    const delays = (payment.pullEvents() as PaymentReconciliationDue[]).map((due) => Date.parse(due.metadata.deliverAt!) - NOW.getTime());
    expect(delays.slice(0, 6)).toEqual([1, 2, 4, 8, 16, 32].map((minutes) => minutes * 60_000));
    expect(delays.slice(6).every((delay) => delay === RECONCILIATION_DELAY_CAP_MS)).toBe(true);
    expect(payment.snapshot()).toMatchObject({ status: 'pending', reconciliationAttempts: 30 });
  });

  it(`fails as ${CHARGE_NOT_FOUND} when the provider says it never received the charge, and only while pending`, () => {
    const payment = started();
    payment.recordChargeNotFound(NOW);
    expect(payment.snapshot()).toMatchObject({ status: 'failed', failureReason: CHARGE_NOT_FOUND });
    expect(payment.pullEvents()).toEqual([expect.any(PaymentFailed)]);
    const settled = succeeded();
    settled.recordChargeNotFound(NOW);
    expect(settled.status).toBe('succeeded');
  });

  it('schedules nothing for a payment that is no longer pending', () => {
    const payment = succeeded();
    payment.awaitReconciliation(NOW, 1000);
    expect(payment.pullEvents()).toEqual([]);
  });

  it('refunds in parts up to what it captured, raising PaymentRefunded with the running total', () => {
    const payment = succeeded(1000);
    expect(payment.refundFor(undefined).equals(eur(1000))).toBe(true);
    payment.recordRefund(eur(300), NOW);
    payment.recordRefund(eur(700), NOW);
    const events = payment.pullEvents() as PaymentRefunded[];
    expect(events.map((e) => e.payload.refundedTotal.amount)).toEqual([300, 1000]);
    expect(payment.refundableAmount.equals(eur(0))).toBe(true);
  });

  it('refuses a refund beyond what is left (REFUND_EXCEEDS_CAPTURED), of nothing, or in another currency', () => {
    const payment = succeeded(1000);
    payment.recordRefund(eur(600), NOW);
    expect(() => payment.refundFor(eur(401))).toThrow(expect.objectContaining({ code: 'REFUND_EXCEEDS_CAPTURED' }));
    expect(() => payment.recordRefund(eur(401), NOW)).toThrow(expect.objectContaining({ code: 'REFUND_EXCEEDS_CAPTURED' }));
    expect(() => payment.refundFor(eur(0))).toThrow(expect.objectContaining({ code: 'PAYMENT_AMOUNT_INVALID' }));
    expect(() => payment.refundFor(Money.of(1, 'USD'))).toThrow(expect.objectContaining({ code: 'PAYMENT_CURRENCY_MISMATCH' }));
    expect(payment.refundedAmount.equals(eur(600))).toBe(true);
  });

  it.each(['pending', 'failed'] as const)('refuses to refund a %s payment (PAYMENT_NOT_REFUNDABLE)', (status) => {
    const payment = started();
    if (status === 'failed') payment.recordOutcome({ status, providerReference: 'ch', failureReason: 'card_declined' }, NOW);
    expect(() => payment.refundFor(undefined)).toThrow(expect.objectContaining({ code: 'PAYMENT_NOT_REFUNDABLE' }));
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const state = succeeded().snapshot();
    const payment = Payment.restore(state);
    expect(payment.snapshot()).toEqual(state);
    expect(payment.pullEvents()).toEqual([]);
  });
});
