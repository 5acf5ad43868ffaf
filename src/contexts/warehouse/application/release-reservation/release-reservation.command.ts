import { Command } from '@nestjs/cqrs';

export class ReleaseReservation extends Command<void> {
  constructor(readonly reservationId: string) {
    super();
  }
}
