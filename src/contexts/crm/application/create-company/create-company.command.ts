import { Command } from '@nestjs/cqrs';

/** Answers the new id. */
export class CreateCompany extends Command<string> {}
