import { Command } from '@nestjs/cqrs';

export class ExpireReservation extends Command<void> {
  constructor(readonly reservationId: string) {
    super();
  }
}
