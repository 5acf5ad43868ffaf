import { AsyncResource } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { Clock } from '@promenade/ddd';
import { TransactionalCommandBus } from '@promenade/platform';
import { ConfirmPayment } from '../../application/confirm-payment/confirm-payment.command';
import {
  ChargeRequest,
  PaymentProvider,
  ProviderOutcome,
  RefundRequest,
  WebhookEvent,
  WebhookRejected,
} from '../../domain/payment/payment-provider';
import { SIGNATURE_HEADER, signatureFor, verifySignature } from './promenade-signature';
import { PendingWebhook, SANDBOX_RECORDS, SandboxRecords } from './sandbox-records';
import { WEBHOOK_SECRET } from './webhook-secret';

/** The tokens the sandbox knows, and what each does. */
export const SANDBOX_TOKENS = {
  succeeds: 'pm_card_ok',
  declined: 'pm_card_declined',
  /** Needs the customer's confirmation: requires_action, then a signed payment.succeeded webhook SANDBOX_3DS_DELAY_MS later. */
  threeDSecure: 'pm_card_3ds',
  /** Charged, but the answer never comes within the provider timeout: the payment stays pending until reconciled. */
  timeout: 'pm_card_timeout',
} as const;

/** A webhook the application could not take yet (its payment not committed): sent again, as a provider retries. */
const DELIVERY_ATTEMPTS = 5;

/**
 * The `sandbox` provider: no network, deterministic by token, idempotent per idempotency key (a repeated charge
 * answers the first one's outcome). It remembers as a provider does, in SandboxRecords (the database, apart from the
 * caller's transaction): a charge made by an earlier process is refunded, its status known, and a 3-D Secure webhook
 * it had not sent yet is sent by the next process to start.
 */
@Injectable()
export class SandboxPaymentProvider implements PaymentProvider, OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  readonly name = 'sandbox';
  private readonly logger = new Logger(SandboxPaymentProvider.name);
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly sending = new Set<Promise<void>>();
  private closed = false;
  /**
   * Made outside any request: a delivery is the provider calling back later, never part of the request that charged
   * (a timer set inside it would inherit its context, and its commands would join that request's finished transaction).
   */
  private readonly outside = new AsyncResource('SandboxWebhookDelivery');

  constructor(
    @Inject(WEBHOOK_SECRET) private readonly secret: string,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly commands: TransactionalCommandBus,
    @Inject(SANDBOX_RECORDS) private readonly records: SandboxRecords,
  ) {}

  onModuleInit(): Promise<void> {
    return this.records.open();
  }

  /** Once commands run: the webhooks an earlier process left unsent, each when due (at once if it is past). */
  async onApplicationBootstrap(): Promise<void> {
    for (const webhook of await this.records.pendingWebhooks()) this.sendWhenDue(webhook);
  }

  /** Stops sending (what is left pending is the next process's), lets a webhook being sent finish, closes the records. */
  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(this.sending);
    await this.records.close();
  }

  async charge({ idempotencyKey, token }: ChargeRequest): Promise<ProviderOutcome> {
    // The customer's confirmation, and the webhook saying so, are due this long after the charge.
    const dueAt =
      token === SANDBOX_TOKENS.threeDSecure ? new Date(this.clock.now().getTime() + this.config.SANDBOX_3DS_DELAY_MS) : undefined;
    const { record, kept } = await this.records.keep(
      { kind: 'charge', idempotencyKey, token, outcome: chargeOutcome(idempotencyKey, token) },
      dueAt,
    );
    if (kept && dueAt) this.sendWhenDue({ idempotencyKey, providerReference: record.outcome.providerReference, attempt: 1, dueAt });
    // Never answers: the caller's timeout decides, as with a provider that hangs.
    if (record.token === SANDBOX_TOKENS.timeout) return new Promise(() => undefined);
    return record.outcome;
  }

  async refund({ idempotencyKey, providerReference }: RefundRequest): Promise<ProviderOutcome> {
    const first = await this.records.find('refund', idempotencyKey);
    if (first) return first.outcome;
    const outcome = refundOutcome(idempotencyKey, await this.records.charged(providerReference));
    return (await this.records.keep({ kind: 'refund', idempotencyKey, outcome })).record.outcome;
  }

  async status(idempotencyKey: string): Promise<ProviderOutcome | 'unknown'> {
    return (await this.records.find('charge', idempotencyKey))?.outcome ?? 'unknown';
  }

  verifyWebhook(headers: Readonly<Record<string, string | string[] | undefined>>, rawBody: string): WebhookEvent {
    verifySignature(this.secret, headers[SIGNATURE_HEADER.toLowerCase()], rawBody, this.clock.now());
    return webhookEventOf(rawBody);
  }

  private sendWhenDue(webhook: PendingWebhook): void {
    if (this.closed) return;
    this.outside.runInAsyncScope(() => {
      const timer = setTimeout(
        () => {
          this.timers.delete(timer);
          const sent = this.send(webhook)
            .catch((error: unknown) => this.logger.error(`a webhook could not be sent: ${String(error)}`))
            .finally(() => this.sending.delete(sent));
          this.sending.add(sent);
        },
        Math.max(0, webhook.dueAt.getTime() - this.clock.now().getTime()),
      );
      this.timers.add(timer);
    });
  }

  /**
   * The first attempt is the customer's confirmation: the charge succeeds, then a signed webhook says so and goes to
   * the code the webhook route runs; refused (its payment may not be committed yet), it is sent again later.
   */
  private async send(webhook: PendingWebhook): Promise<void> {
    const { idempotencyKey, providerReference, attempt } = webhook;
    if (attempt === 1) await this.records.confirm(idempotencyKey);
    const body = JSON.stringify({ id: `evt_${digest(providerReference)}`, type: 'payment.succeeded', data: { providerReference } });
    const headers = { [SIGNATURE_HEADER.toLowerCase()]: signatureFor(this.secret, body, this.clock.now()) };
    try {
      await this.commands.execute(new ConfirmPayment(this.name, headers, body));
    } catch (error) {
      return this.refused(webhook, error);
    }
    await this.records.endWebhook(idempotencyKey, 'delivered');
  }

  private async refused(webhook: PendingWebhook, error: unknown): Promise<void> {
    const { idempotencyKey, attempt } = webhook;
    if (attempt >= DELIVERY_ATTEMPTS) {
      this.logger.error(`a webhook was refused ${attempt} times; giving up: ${String(error)}`);
      return this.records.endWebhook(idempotencyKey, 'abandoned');
    }
    const backoffMs = Math.max(this.config.SANDBOX_3DS_DELAY_MS, 100) * 2 ** (attempt - 1);
    const next = { ...webhook, attempt: attempt + 1, dueAt: new Date(this.clock.now().getTime() + backoffMs) };
    await this.records.retryWebhook(idempotencyKey, next.attempt, next.dueAt);
    this.sendWhenDue(next);
  }
}

/** What a token's charge comes to; its reference is the key's, so a charge is the same whichever process makes it. */
function chargeOutcome(idempotencyKey: string, token: string): ProviderOutcome {
  const providerReference = `ch_${digest(idempotencyKey)}`;
  switch (token) {
    case SANDBOX_TOKENS.succeeds:
    case SANDBOX_TOKENS.timeout:
      return { status: 'succeeded', providerReference };
    case SANDBOX_TOKENS.declined:
      return { status: 'failed', providerReference, failureReason: 'card_declined' };
    case SANDBOX_TOKENS.threeDSecure:
      return { status: 'requires_action', providerReference };
    default:
      return { status: 'failed', providerReference, failureReason: 'token_unknown' };
  }
}

function refundOutcome(idempotencyKey: string, charged: boolean): ProviderOutcome {
  const providerReference = `re_${digest(idempotencyKey)}`;
  return charged ? { status: 'succeeded', providerReference } : { status: 'failed', providerReference, failureReason: 'charge_unknown' };
}

/** Stable per input: the same key always gives the same reference. */
function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 24);
}

/** The sandbox's webhook body: `{id, type, data: {providerReference, failureReason?}}`. */
function webhookEventOf(rawBody: string): WebhookEvent {
  let body: { id?: unknown; type?: unknown; data?: { providerReference?: unknown; failureReason?: unknown } };
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw new WebhookRejected('body', 'the body is not JSON');
  }
  const { id, type, data } = body ?? {};
  const failureReason = data?.failureReason;
  if (
    typeof id !== 'string' ||
    (type !== 'payment.succeeded' && type !== 'payment.failed') ||
    typeof data?.providerReference !== 'string' ||
    (failureReason !== undefined && typeof failureReason !== 'string')
  )
    throw new WebhookRejected('body', 'the body must be {id, type: payment.succeeded | payment.failed, data: {providerReference}}');
  return { id, type, providerReference: data.providerReference, ...(failureReason === undefined ? {} : { failureReason }) };
}
