import { Command } from '@nestjs/cqrs';

/** Answers the new id. */
export class CreatePaymentMethod extends Command<string> {}
