import { Command } from '@nestjs/cqrs';

/** Answers the new id. */
export class CreateDeal extends Command<string> {}
