import { Command } from '@nestjs/cqrs';

/** Answers the new id. */
export class CreateCustomer extends Command<string> {}
