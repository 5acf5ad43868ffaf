import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { heldStock } from '../../domain/reservation/held-stock';
import { RESERVATION_REPOSITORY, ReservationRepository } from '../../domain/reservation/reservation.repository';
import { STOCK_ITEM_REPOSITORY, StockItemRepository } from '../../domain/stock-item/stock-item.repository';
import { ExpireReservation } from './expire-reservation.command';

@CommandHandler(ExpireReservation)
export class ExpireReservationHandler implements ICommandHandler<ExpireReservation, void> {
  private readonly logger = new Logger(ExpireReservationHandler.name);

  constructor(
    @Inject(RESERVATION_REPOSITORY) private readonly reservations: ReservationRepository,
    @Inject(STOCK_ITEM_REPOSITORY) private readonly stock: StockItemRepository,
  ) {}

  async execute({ reservationId }: ExpireReservation): Promise<void> {
    const reservation = await this.reservations.getById(reservationId);
    if (!reservation.expireIfDue()) {
      this.logger.log(
        `reservation ${reservationId} is ${reservation.status}, due ${reservation.expiresAt?.toISOString() ?? 'never'}: nothing to expire`,
      );
      return;
    }
    await this.reservations.save(reservation);
    for (const [allocation, item] of heldStock(reservation.allocations, await this.stock.lock(reservation.stockKeys))) {
      item.unreserve(allocation.quantity);
      await this.stock.save(item);
    }
  }
}
