import { Command } from '@nestjs/cqrs';

/** Answers the new id. */
export class CreateWarehouse extends Command<string> {}
