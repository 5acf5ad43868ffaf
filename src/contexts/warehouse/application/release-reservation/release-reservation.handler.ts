import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { heldStock } from '../../domain/reservation/held-stock';
import { RESERVATION_REPOSITORY, ReservationRepository } from '../../domain/reservation/reservation.repository';
import { STOCK_ITEM_REPOSITORY, StockItemRepository } from '../../domain/stock-item/stock-item.repository';
import { ReleaseReservation } from './release-reservation.command';

@CommandHandler(ReleaseReservation)
export class ReleaseReservationHandler implements ICommandHandler<ReleaseReservation, void> {
  constructor(
    @Inject(RESERVATION_REPOSITORY) private readonly reservations: ReservationRepository,
    @Inject(STOCK_ITEM_REPOSITORY) private readonly stock: StockItemRepository,
  ) {}

  async execute({ reservationId }: ReleaseReservation): Promise<void> {
    const reservation = await this.reservations.getById(reservationId);
    reservation.release();
    // Saved first: a concurrent release, issue or expiry of it loses here (ConcurrencyConflict) before touching stock.
    await this.reservations.save(reservation);
    for (const [allocation, item] of heldStock(reservation.allocations, await this.stock.lock(reservation.stockKeys))) {
      item.unreserve(allocation.quantity);
      await this.stock.save(item);
    }
  }
}
