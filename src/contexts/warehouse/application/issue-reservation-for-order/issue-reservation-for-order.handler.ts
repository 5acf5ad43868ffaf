import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionalCommandBus } from '@promenade/platform';
import { RESERVATION_REPOSITORY, ReservationRepository } from '../../domain/reservation/reservation.repository';
import { IssueReservation } from '../issue-reservation/issue-reservation.command';
import { IssueReservationForOrder } from './issue-reservation-for-order.command';

@CommandHandler(IssueReservationForOrder)
export class IssueReservationForOrderHandler implements ICommandHandler<IssueReservationForOrder, void> {
  private readonly logger = new Logger(IssueReservationForOrderHandler.name);

  constructor(
    @Inject(RESERVATION_REPOSITORY) private readonly reservations: ReservationRepository,
    private readonly commands: TransactionalCommandBus,
  ) {}

  async execute({ orderId, actor }: IssueReservationForOrder): Promise<void> {
    const reservation = await this.reservations.findByOrderId(orderId);
    if (reservation?.isHeld) {
      // In this transaction. Changed meanwhile by another (released, expired): it throws, and a retry finds nothing to do.
      await this.commands.execute(new IssueReservation(reservation.id, actor));
    } else if (reservation?.status === 'committed') {
      this.logger.log(`reservation ${reservation.id} of order ${orderId} is issued already`);
    } else {
      // Shipped without its stock held: the books need a person (an adjustment), not a retry.
      const found = reservation ? `reservation ${reservation.id} is ${reservation.status}` : 'it has no reservation';
      this.logger.warn(`order ${orderId} asked to issue its stock, but ${found}: nothing issued`);
    }
  }
}
