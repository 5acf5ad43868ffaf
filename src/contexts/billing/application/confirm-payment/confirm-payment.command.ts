import { Command } from '@nestjs/cqrs';

/** Answers whether the webhook was acted on: false for a provider event id already processed (a replay). */
export type WebhookHeaders = Readonly<Record<string, string | string[] | undefined>>;

/**
 * A provider's webhook, as received: verified (signature, age), then acted on once per provider event id.
 * The webhook route and the sandbox's own deliveries both send it.
 */
export class ConfirmPayment extends Command<boolean> {
  constructor(
    readonly provider: string,
    readonly headers: WebhookHeaders,
    /** The body exactly as sent: the signature covers these bytes. */
    readonly rawBody: string,
  ) {
    super();
  }
}
