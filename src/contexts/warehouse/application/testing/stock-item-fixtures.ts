import { Product } from '../../domain/product/product.aggregate';
import { Quantity, UnitOfMeasure } from '../../domain/quantity';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';
import { InMemoryProductRepository } from './in-memory-product.repository';
import { InMemoryStockItemRepository } from './in-memory-stock-item.repository';
import { InMemoryWarehouseRepository } from './in-memory-warehouse.repository';

/** The stores a stock command reads and writes, in memory, with what a test puts in them. */
export class StockItemFixtures {
  readonly warehouses = new InMemoryWarehouseRepository();
  readonly products = new InMemoryProductRepository();
  readonly stockItems = new InMemoryStockItemRepository();

  async warehouse(code: string, status: 'active' | 'inactive' = 'active'): Promise<Warehouse> {
    const warehouse = Warehouse.create({
      code,
      name: `Warehouse ${code}`,
      address: { line1: 'Main street 1', city: 'Kyiv', postalCode: '01001', country: 'UA' },
      timeZone: 'Europe/Kyiv',
    });
    if (status === 'inactive') warehouse.deactivate();
    await this.warehouses.save(warehouse);
    return warehouse;
  }

  async product(sku: string, unit: UnitOfMeasure = 'each', status: 'active' | 'discontinued' = 'active'): Promise<Product> {
    const product = Product.create({ sku, unit, name: `Product ${sku}` });
    if (status === 'discontinued') product.discontinue();
    await this.products.save(product);
    return product;
  }

  /** Stock on hand (a receipt) and, of it, some reserved, as commands before the test would leave it. */
  async stock(sku: string, warehouseCode: string, onHand: number, reserved = 0): Promise<void> {
    const product = await this.products.getBySku(sku);
    const [item] = await this.stockItems.lockOrOpen([{ sku, warehouseCode }], () => product.unit);
    item.receive(Quantity.of(onHand, product.unit), { actor: 'user-0', reference: null });
    if (reserved > 0) item.reserve(Quantity.of(reserved, product.unit));
    await this.stockItems.save(item);
  }

  /** Levels of the stored stock item, in the product's unit, or undefined when there is none. */
  async levels(sku: string, warehouseCode: string): Promise<{ onHand: number; reserved: number; available: number } | undefined> {
    const [item] = await this.stockItems.lock([{ sku, warehouseCode }]);
    return item && { onHand: item.onHand.toNumber(), reserved: item.reserved.toNumber(), available: item.available.toNumber() };
  }
}
