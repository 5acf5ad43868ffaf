import { Command } from '@nestjs/cqrs';

/**
 * Subscribes a customer to an active plan with one of their payment methods. With a trial nothing is charged until it
 * ends; without, the first period is invoiced and charged at once (a failed charge: past due, dunned). Answers the id.
 */
export class CreateSubscription extends Command<string> {
  constructor(
    readonly customerId: string,
    readonly planCode: string,
    readonly paymentMethodId: string,
  ) {
    super();
  }
}
