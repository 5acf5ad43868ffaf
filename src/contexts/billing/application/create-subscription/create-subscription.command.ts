import { Command } from '@nestjs/cqrs';

/** Answers the new id. */
export class CreateSubscription extends Command<string> {}
