import { Command } from '@nestjs/cqrs';

/** Answers the new id. */
export class CreateRole extends Command<string> {}
