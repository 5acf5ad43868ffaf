import { Command } from '@nestjs/cqrs';

/** Lets a held reservation's stock go once its time is up; anything else (issued, released, not yet due) stays as it is. */
export class ExpireReservation extends Command<void> {
  constructor(readonly reservationId: string) {
    super();
  }
}
