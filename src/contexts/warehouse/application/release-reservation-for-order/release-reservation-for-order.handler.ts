import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionalCommandBus } from '@promenade/platform';
import { RESERVATION_REPOSITORY, ReservationRepository } from '../../domain/reservation/reservation.repository';
import { ReleaseReservation } from '../release-reservation/release-reservation.command';
import { ReleaseReservationForOrder } from './release-reservation-for-order.command';

@CommandHandler(ReleaseReservationForOrder)
export class ReleaseReservationForOrderHandler implements ICommandHandler<ReleaseReservationForOrder, void> {
  private readonly logger = new Logger(ReleaseReservationForOrderHandler.name);

  constructor(
    @Inject(RESERVATION_REPOSITORY) private readonly reservations: ReservationRepository,
    private readonly commands: TransactionalCommandBus,
  ) {}

  async execute({ orderId, reason }: ReleaseReservationForOrder): Promise<void> {
    const reservation = await this.reservations.findByOrderId(orderId);
    if (reservation?.isHeld) {
      this.logger.log(`releasing reservation ${reservation.id} of order ${orderId}: ${reason}`);
      // In this transaction. Changed meanwhile by another (issued, expired): it throws, and a retry finds nothing to do.
      await this.commands.execute(new ReleaseReservation(reservation.id));
    } else if (reservation?.status === 'released') {
      this.logger.log(`reservation ${reservation.id} of order ${orderId} is released already`);
    } else {
      const found = reservation ? `reservation ${reservation.id} is ${reservation.status}` : 'it has no reservation';
      this.logger.warn(`order ${orderId} asked to release its stock (${reason}), but ${found}: nothing to release`);
    }
  }
}
