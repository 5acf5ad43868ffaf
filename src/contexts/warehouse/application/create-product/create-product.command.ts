import { Command } from '@nestjs/cqrs';

/** Answers the new id. */
export class CreateProduct extends Command<string> {}
