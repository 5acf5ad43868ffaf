import { Logger } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { ManualClock, Money } from '@promenade/ddd';
import { TransactionalCommandBus } from '@promenade/platform';
import { ConfirmPayment } from '../../application/confirm-payment/confirm-payment.command';
import { signatureFor } from './promenade-signature';
import { SANDBOX_TOKENS, SandboxPaymentProvider } from './sandbox.payment-provider';
import { InMemorySandboxRecords } from './testing/in-memory-sandbox-records';

const SECRET = 'a-webhook-secret-of-at-least-32-characters';
const NOW = new Date('2026-01-01T00:00:00Z');

describe('SandboxPaymentProvider', () => {
  let execute: jest.Mock;
  let records: InMemorySandboxRecords;
  let clock: ManualClock;
  let sandbox: SandboxPaymentProvider;
  const charge = (token: string, idempotencyKey = `key-${token}`, provider = sandbox) =>
    provider.charge({ paymentId: 'p', idempotencyKey, token, amount: Money.of(1000, 'EUR') });
  /** A provider on `records`, as a process of the service is on the database; started as the application starts it. */
  const started = async () => {
    const config = Object.assign(new AppConfig(), { SANDBOX_3DS_DELAY_MS: 50 });
    const provider = new SandboxPaymentProvider(SECRET, config, clock, { execute } as unknown as TransactionalCommandBus, records);
    await provider.onModuleInit();
    await provider.onApplicationBootstrap();
    return provider;
  };
  const webhookOf = (idempotencyKey: string) => records.entries.get(`charge:${idempotencyKey}`)?.webhook;

  beforeEach(async () => {
    jest.useFakeTimers();
    execute = jest.fn().mockResolvedValue(true);
    records = new InMemorySandboxRecords();
    clock = new ManualClock(NOW);
    sandbox = await started();
  });

  afterEach(async () => {
    await sandbox.onApplicationShutdown();
    jest.useRealTimers();
  });

  it('succeeds pm_card_ok and declines pm_card_declined with a reason', async () => {
    await expect(charge(SANDBOX_TOKENS.succeeds)).resolves.toMatchObject({
      status: 'succeeded',
      providerReference: expect.stringMatching(/^ch_/),
    });
    await expect(charge(SANDBOX_TOKENS.declined)).resolves.toMatchObject({ status: 'failed', failureReason: 'card_declined' });
    await expect(charge('pm_card_unheard_of')).resolves.toMatchObject({ status: 'failed', failureReason: 'token_unknown' });
  });

  it('answers a repeated idempotency key with the first outcome, whatever the token now', async () => {
    const first = await charge(SANDBOX_TOKENS.succeeds, 'same');
    await expect(charge(SANDBOX_TOKENS.declined, 'same')).resolves.toEqual(first);
    await expect(sandbox.status('same')).resolves.toEqual(first);
  });

  it('asks pm_card_3ds for action, then delivers a signed payment.succeeded webhook to ConfirmPayment after the delay', async () => {
    const outcome = await charge(SANDBOX_TOKENS.threeDSecure);
    expect(outcome.status).toBe('requires_action');
    expect(execute).not.toHaveBeenCalled();

    await jest.advanceTimersByTimeAsync(50);

    const [[command]] = execute.mock.calls as [[ConfirmPayment]];
    expect(command).toBeInstanceOf(ConfirmPayment);
    expect(command.provider).toBe('sandbox');
    expect(sandbox.verifyWebhook(command.headers, command.rawBody)).toEqual({
      id: expect.stringMatching(/^evt_/),
      type: 'payment.succeeded',
      providerReference: outcome.providerReference,
    });
    await expect(sandbox.status(`key-${SANDBOX_TOKENS.threeDSecure}`)).resolves.toMatchObject({ status: 'succeeded' });
    expect(webhookOf(`key-${SANDBOX_TOKENS.threeDSecure}`)).toMatchObject({ state: 'delivered', attempt: 1 });
  });

  it('keeps a 3-D Secure confirmation across a restart: the next process sends it when due', async () => {
    const outcome = await charge(SANDBOX_TOKENS.threeDSecure);
    await sandbox.onApplicationShutdown();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(execute).not.toHaveBeenCalled();
    expect(webhookOf(`key-${SANDBOX_TOKENS.threeDSecure}`)).toMatchObject({ state: 'pending', attempt: 1 });

    clock.advance(20);
    sandbox = await started();
    await jest.advanceTimersByTimeAsync(29);
    expect(execute).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);

    const [[command]] = execute.mock.calls as [[ConfirmPayment]];
    expect(sandbox.verifyWebhook(command.headers, command.rawBody)).toMatchObject({ providerReference: outcome.providerReference });
    await expect(sandbox.status(`key-${SANDBOX_TOKENS.threeDSecure}`)).resolves.toMatchObject({ status: 'succeeded' });
    expect(webhookOf(`key-${SANDBOX_TOKENS.threeDSecure}`)).toMatchObject({ state: 'delivered' });
  });

  it('sends at once, on the next start, a confirmation that fell due while no process ran', async () => {
    await charge(SANDBOX_TOKENS.threeDSecure);
    await sandbox.onApplicationShutdown();
    clock.advance(3_600_000);
    sandbox = await started();
    await jest.advanceTimersByTimeAsync(0);
    expect(execute).toHaveBeenCalledTimes(1);
    expect(webhookOf(`key-${SANDBOX_TOKENS.threeDSecure}`)).toMatchObject({ state: 'delivered' });
  });

  it('answers a key and refunds a charge that an earlier process made', async () => {
    const first = await charge(SANDBOX_TOKENS.succeeds, 'charged-before');
    await sandbox.onApplicationShutdown();
    sandbox = await started();

    await expect(charge(SANDBOX_TOKENS.declined, 'charged-before')).resolves.toEqual(first);
    await expect(sandbox.status('charged-before')).resolves.toEqual(first);
    await expect(
      sandbox.refund({ paymentId: 'p', idempotencyKey: 'r1', providerReference: first.providerReference, amount: Money.of(100, 'EUR') }),
    ).resolves.toMatchObject({ status: 'succeeded' });
  });

  it('arms a repeated 3-D Secure charge once', async () => {
    await charge(SANDBOX_TOKENS.threeDSecure, 'twice');
    await charge(SANDBOX_TOKENS.threeDSecure, 'twice');
    await jest.advanceTimersByTimeAsync(60_000);
    expect(execute).toHaveBeenCalledTimes(1);
  });

  it('sends a refused webhook again, later, a bounded number of times', async () => {
    execute.mockRejectedValue(new Error('payment not committed yet'));
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    await charge(SANDBOX_TOKENS.threeDSecure);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(execute).toHaveBeenCalledTimes(5);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('refused 5 times'));
    expect(webhookOf(`key-${SANDBOX_TOKENS.threeDSecure}`)).toMatchObject({ state: 'abandoned', attempt: 5 });
    logged.mockRestore();
  });

  it('goes on with the attempts of a refused webhook after a restart, without confirming again', async () => {
    execute.mockRejectedValueOnce(new Error('payment not committed yet'));
    await charge(SANDBOX_TOKENS.threeDSecure);
    await jest.advanceTimersByTimeAsync(50);
    await sandbox.onApplicationShutdown();
    expect(webhookOf(`key-${SANDBOX_TOKENS.threeDSecure}`)).toMatchObject({
      state: 'pending',
      attempt: 2,
      dueAt: new Date(NOW.getTime() + 100),
    });
    const confirm = jest.spyOn(records, 'confirm');

    sandbox = await started();
    await jest.advanceTimersByTimeAsync(100);
    expect(execute).toHaveBeenCalledTimes(2);
    expect(confirm).not.toHaveBeenCalled();
    expect(webhookOf(`key-${SANDBOX_TOKENS.threeDSecure}`)).toMatchObject({ state: 'delivered', attempt: 2 });
  });

  it('never answers pm_card_timeout, but charged it: its status says succeeded', async () => {
    const answered = jest.fn();
    void charge(SANDBOX_TOKENS.timeout).then(answered);
    await jest.advanceTimersByTimeAsync(600_000);
    expect(answered).not.toHaveBeenCalled();
    await expect(sandbox.status(`key-${SANDBOX_TOKENS.timeout}`)).resolves.toMatchObject({ status: 'succeeded' });
    await expect(sandbox.status('never-sent')).resolves.toBe('unknown');
  });

  it('refunds a charge it made, once per key, and refuses one it never made', async () => {
    const { providerReference } = await charge(SANDBOX_TOKENS.succeeds);
    const refund = await sandbox.refund({ paymentId: 'p', idempotencyKey: 'r1', providerReference, amount: Money.of(100, 'EUR') });
    expect(refund).toMatchObject({ status: 'succeeded', providerReference: expect.stringMatching(/^re_/) });
    await expect(
      sandbox.refund({ paymentId: 'p', idempotencyKey: 'r1', providerReference, amount: Money.of(100, 'EUR') }),
    ).resolves.toEqual(refund);
    await expect(
      sandbox.refund({ paymentId: 'p', idempotencyKey: 'r2', providerReference: 'ch_nope', amount: Money.of(100, 'EUR') }),
    ).resolves.toMatchObject({ status: 'failed', failureReason: 'charge_unknown' });
  });

  it('verifies a webhook signed with its secret and refuses a bad signature or a malformed body', () => {
    const body = JSON.stringify({
      id: 'evt_9',
      type: 'payment.failed',
      data: { providerReference: 'ch_9', failureReason: 'expired_card' },
    });
    const headers = { 'promenade-signature': signatureFor(SECRET, body, NOW) };
    expect(sandbox.verifyWebhook(headers, body)).toEqual({
      id: 'evt_9',
      type: 'payment.failed',
      providerReference: 'ch_9',
      failureReason: 'expired_card',
    });
    expect(() => sandbox.verifyWebhook({ 'promenade-signature': signatureFor('another-secret', body, NOW) }, body)).toThrow(
      /does not match/,
    );
    const odd = JSON.stringify({ id: 'evt_9', type: 'refund.created', data: {} });
    expect(() => sandbox.verifyWebhook({ 'promenade-signature': signatureFor(SECRET, odd, NOW) }, odd)).toThrow(
      expect.objectContaining({ header: 'body' }),
    );
  });
});
