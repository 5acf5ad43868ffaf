import { AsyncResource } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
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
 * answers the first one's outcome). Its memory is the process's: after a restart it knows no earlier charge.
 */
@Injectable()
export class SandboxPaymentProvider implements PaymentProvider, OnApplicationShutdown {
  readonly name = 'sandbox';
  private readonly logger = new Logger(SandboxPaymentProvider.name);
  private readonly charges = new Map<string, { token: string; outcome: ProviderOutcome }>();
  private readonly refunds = new Map<string, ProviderOutcome>();
  private readonly deliveries = new Set<NodeJS.Timeout>();
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
  ) {}

  charge({ idempotencyKey, token }: ChargeRequest): Promise<ProviderOutcome> {
    const first = this.charges.get(idempotencyKey);
    const charge = first ?? { token, outcome: this.chargeOnce(idempotencyKey, token) };
    if (!first) this.charges.set(idempotencyKey, charge);
    // Never answers: the caller's timeout decides, as with a provider that hangs.
    if (charge.token === SANDBOX_TOKENS.timeout) return new Promise(() => undefined);
    return Promise.resolve(charge.outcome);
  }

  refund({ idempotencyKey, providerReference }: RefundRequest): Promise<ProviderOutcome> {
    const refund = this.refunds.get(idempotencyKey) ?? this.refundOnce(idempotencyKey, providerReference);
    this.refunds.set(idempotencyKey, refund);
    return Promise.resolve(refund);
  }

  status(idempotencyKey: string): Promise<ProviderOutcome | 'unknown'> {
    return Promise.resolve(this.charges.get(idempotencyKey)?.outcome ?? 'unknown');
  }

  verifyWebhook(headers: Readonly<Record<string, string | string[] | undefined>>, rawBody: string): WebhookEvent {
    verifySignature(this.secret, headers[SIGNATURE_HEADER.toLowerCase()], rawBody, this.clock.now());
    return webhookEventOf(rawBody);
  }

  onApplicationShutdown(): void {
    for (const delivery of this.deliveries) clearTimeout(delivery);
    this.deliveries.clear();
  }

  private chargeOnce(idempotencyKey: string, token: string): ProviderOutcome {
    const providerReference = `ch_${digest(idempotencyKey)}`;
    switch (token) {
      case SANDBOX_TOKENS.succeeds:
      case SANDBOX_TOKENS.timeout:
        return { status: 'succeeded', providerReference };
      case SANDBOX_TOKENS.declined:
        return { status: 'failed', providerReference, failureReason: 'card_declined' };
      case SANDBOX_TOKENS.threeDSecure:
        this.confirmLater(idempotencyKey, providerReference);
        return { status: 'requires_action', providerReference };
      default:
        return { status: 'failed', providerReference, failureReason: 'token_unknown' };
    }
  }

  private refundOnce(idempotencyKey: string, providerReference: string): ProviderOutcome {
    const charged = [...this.charges.values()].some(({ outcome }) => outcome.providerReference === providerReference);
    return charged
      ? { status: 'succeeded', providerReference: `re_${digest(idempotencyKey)}` }
      : { status: 'failed', providerReference: `re_${digest(idempotencyKey)}`, failureReason: 'charge_unknown' };
  }

  /** The customer "confirms" after SANDBOX_3DS_DELAY_MS: the charge succeeds and a signed webhook says so. */
  private confirmLater(idempotencyKey: string, providerReference: string): void {
    const body = JSON.stringify({ id: `evt_${digest(providerReference)}`, type: 'payment.succeeded', data: { providerReference } });
    this.after(this.config.SANDBOX_3DS_DELAY_MS, () => {
      this.charges.set(idempotencyKey, { token: SANDBOX_TOKENS.threeDSecure, outcome: { status: 'succeeded', providerReference } });
      this.deliver(body, 1);
    });
  }

  /** Hands the signed webhook to the code the webhook route runs; sends it again, later, while that refuses it. */
  private deliver(body: string, attempt: number): void {
    const headers = { [SIGNATURE_HEADER.toLowerCase()]: signatureFor(this.secret, body, this.clock.now()) };
    this.commands.execute(new ConfirmPayment(this.name, headers, body)).catch((error: unknown) => {
      if (attempt >= DELIVERY_ATTEMPTS) return this.logger.error(`a webhook was refused ${attempt} times; giving up: ${String(error)}`);
      this.after(Math.max(this.config.SANDBOX_3DS_DELAY_MS, 100) * 2 ** (attempt - 1), () => this.deliver(body, attempt + 1));
    });
  }

  private after(delayMs: number, work: () => void): void {
    this.outside.runInAsyncScope(() => {
      const delivery = setTimeout(() => {
        this.deliveries.delete(delivery);
        work();
      }, delayMs);
      this.deliveries.add(delivery);
    });
  }
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
