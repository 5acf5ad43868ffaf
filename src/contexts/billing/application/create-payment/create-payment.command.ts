import { Command } from '@nestjs/cqrs';

/** Answers the new id. */
export class CreatePayment extends Command<string> {}
