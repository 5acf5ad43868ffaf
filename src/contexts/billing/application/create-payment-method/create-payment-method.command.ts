import { Command } from '@nestjs/cqrs';

/** A customer saves a provider token as a way to pay; answers the new method's id. */
export class CreatePaymentMethod extends Command<string> {
  constructor(
    readonly customerId: string,
    readonly token: string,
    readonly label: string,
  ) {
    super();
  }
}
