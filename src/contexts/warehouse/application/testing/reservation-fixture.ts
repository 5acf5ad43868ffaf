import { AppConfig } from '@promenade/config';
import { Product } from '../../domain/product/product.aggregate';
import { Quantity, UnitOfMeasure } from '../../domain/quantity';
import { StockItem } from '../../domain/stock-item/stock-item.aggregate';
import { InMemoryProductRepository } from './in-memory-product.repository';
import { InMemoryReservationRepository } from './in-memory-reservation.repository';
import { InMemoryStockItemRepository } from './in-memory-stock-item.repository';
import { ReserveStock, ReserveStockLine } from '../reserve-stock/reserve-stock.command';
import { ReserveStockHandler } from '../reserve-stock/reserve-stock.handler';

/** The stores a reservation use case touches, in memory, and a way to put products and stock in them. */
export class ReservationFixture {
  readonly reservations = new InMemoryReservationRepository();
  readonly products = new InMemoryProductRepository();
  readonly stock = new InMemoryStockItemRepository();
  readonly config = Object.assign(new AppConfig(), { RESERVATION_TTL_MINUTES: 30 });

  async product(sku: string, unit: UnitOfMeasure = 'each'): Promise<Product> {
    const product = Product.create({ sku, unit, name: `Product ${sku}` });
    await this.products.save(product);
    return product;
  }

  /** A stock item with `onHand` received (and `reserved` of it held by earlier reservations). */
  async onHand(sku: string, warehouseCode: string, onHand: number, reserved = 0): Promise<void> {
    const item = StockItem.open(sku, warehouseCode, 'each');
    item.receive(Quantity.of(onHand, 'each'), { actor: 'test', reference: null });
    if (reserved > 0) item.reserve(Quantity.of(reserved, 'each'));
    await this.stock.save(item);
  }

  /** Reserves through the use case, then forgets what that published and appended: a test starts from here. */
  async reserved(orderId: string, lines: ReserveStockLine[]): Promise<string> {
    const id = await new ReserveStockHandler(this.reservations, this.products, this.stock, this.config).execute(
      new ReserveStock(orderId, lines),
    );
    this.reservations.published.length = 0;
    this.stock.movements.length = 0;
    return id;
  }

  /** [onHand, reserved] of the stock item, as numbers. */
  async level(sku: string, warehouseCode: string): Promise<[number, number]> {
    const [item] = await this.stock.lock([{ sku, warehouseCode }]);
    return [item.onHand.toNumber(), item.reserved.toNumber()];
  }
}
