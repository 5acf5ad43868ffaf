import { Command } from '@nestjs/cqrs';

/** Answers the new id. */
export class CreateInvoice extends Command<string> {}
