import { Command } from '@nestjs/cqrs';

/** Answers the new id. */
export class CreateContact extends Command<string> {}
