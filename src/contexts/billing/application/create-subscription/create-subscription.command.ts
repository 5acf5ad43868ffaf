import { Command } from '@nestjs/cqrs';

/**
 * Subscribes a customer to an active plan with one of their payment methods. With a trial nothing is charged until it
 * ends; without, the first period is invoiced and charged at once (a failed charge: past due, dunned). Answers the id.
 * `requestKey` is the client's Idempotency-Key: the first charge is keyed by it, so a retried request charges once.
 * A customer holds one subscription per plan that has not ended (SUBSCRIPTION_ALREADY_EXISTS).
 */
export class CreateSubscription extends Command<string> {
  constructor(
    readonly customerId: string,
    readonly planCode: string,
    readonly paymentMethodId: string,
    readonly requestKey: string,
  ) {
    super();
  }
}
