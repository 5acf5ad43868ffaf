import { Command } from '@nestjs/cqrs';

/** Answers the new id. */
export class CreateInteraction extends Command<string> {}
