import { Command } from '@nestjs/cqrs';

/** Answers the new id. */
export class CreateReservation extends Command<string> {}
