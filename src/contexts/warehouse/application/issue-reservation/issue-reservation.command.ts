import { Command } from '@nestjs/cqrs';

export class IssueReservation extends Command<void> {
  constructor(readonly reservationId: string) {
    super();
  }
}
