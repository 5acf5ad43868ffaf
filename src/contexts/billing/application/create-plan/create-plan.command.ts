import { Command } from '@nestjs/cqrs';

/** Answers the new id. */
export class CreatePlan extends Command<string> {}
