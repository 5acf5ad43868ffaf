import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@promenade/config';
import { PRODUCT_REPOSITORY, ProductRepository } from '../../domain/product/product.repository';
import { Sku } from '../../domain/product/sku';
import { heldStock } from '../../domain/reservation/held-stock';
import { RequestedLine } from '../../domain/reservation/requested-line';
import { Reservation } from '../../domain/reservation/reservation.aggregate';
import { RESERVATION_REPOSITORY, ReservationRepository } from '../../domain/reservation/reservation.repository';
import { STOCK_ITEM_REPOSITORY, StockItemRepository } from '../../domain/stock-item/stock-item.repository';
import { ReserveStock, ReserveStockLine } from './reserve-stock.command';

@CommandHandler(ReserveStock)
export class ReserveStockHandler implements ICommandHandler<ReserveStock, string> {
  constructor(
    @Inject(RESERVATION_REPOSITORY) private readonly reservations: ReservationRepository,
    @Inject(PRODUCT_REPOSITORY) private readonly products: ProductRepository,
    @Inject(STOCK_ITEM_REPOSITORY) private readonly stock: StockItemRepository,
    private readonly config: AppConfig,
  ) {}

  async execute({ orderId, lines }: ReserveStock): Promise<string> {
    const existing = await this.reservations.findByOrderId(orderId);
    // A repeat answers what the first reserve decided, whatever became of it since; only a failed one is tried again.
    if (existing && existing.status !== 'failed') return existing.id;
    const requested = await this.withProducts(lines);
    const reservable = requested.filter(({ product }) => product && !product.isDiscontinued).map(({ sku }) => sku);
    // Row locks in (sku, warehouse) order: concurrent reserves of one SKU queue here, and each sees what the last left.
    const items = await this.stock.lockAllOf(reservable);
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.RESERVATION_TTL_MINUTES * 60_000);
    const reservation = existing ?? Reservation.reserve(orderId, requested, items, expiresAt, now);
    if (existing) existing.retry(requested, items, expiresAt);
    for (const [allocation, item] of heldStock(reservation.allocations, items)) {
      item.reserve(allocation.quantity);
      await this.stock.save(item);
    }
    await this.reservations.save(reservation);
    return reservation.id;
  }

  /** Each line with the live product its SKU names, or none: whether that may be reserved is the reservation's rule. */
  private async withProducts(lines: ReserveStockLine[]): Promise<RequestedLine[]> {
    const skus = lines.map((line) => Sku.normalise(line.sku));
    // Held for share until the reservation commits, before the stock items: no delete or discontinuing slips in between.
    const products = await this.products.lockBySkus([...new Set(skus)], 'share');
    return lines.map((line, index) => ({
      sku: skus[index],
      quantity: line.quantity,
      product: products.find((candidate) => candidate.sku === skus[index]) ?? null,
    }));
  }
}
