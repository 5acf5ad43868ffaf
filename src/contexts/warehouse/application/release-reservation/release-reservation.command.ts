import { Command } from '@nestjs/cqrs';

/** "Release the reservation of order X": a held reservation lets its stock go (available again). */
export class ReleaseReservation extends Command<void> {
  constructor(readonly reservationId: string) {
    super();
  }
}
