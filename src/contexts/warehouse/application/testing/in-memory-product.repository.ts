import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Product, ProductState } from '../../domain/product/product.aggregate';
import { ProductNotFound, SkuTaken } from '../../domain/product/product.errors';
import { ProductFilter, ProductRepository } from '../../domain/product/product.repository';
import { Sku } from '../../domain/product/sku';

/**
 * A unit-test stand-in for the product store: keeps deleted products (as the table does) but answers only
 * live ones, and keeps every SKU to one product, deleted ones included, as the unique index does.
 */
export class InMemoryProductRepository extends InMemoryAggregateRepository<Product, ProductState> implements ProductRepository {
  constructor() {
    super(Product.restore);
  }

  async getById(id: string): Promise<Product> {
    const found = this.live().find((product) => product.id === id);
    if (!found) throw new ProductNotFound(id);
    return found;
  }

  async getBySku(sku: string): Promise<Product> {
    const normalised = Sku.normalise(sku);
    const found = this.live().find((product) => product.sku === normalised);
    if (!found) throw new ProductNotFound(normalised);
    return found;
  }

  async findBySkus(skus: string[]): Promise<Product[]> {
    const wanted = new Set(skus.map(Sku.normalise));
    return this.live().filter((product) => wanted.has(product.sku));
  }

  /** Nothing runs at once here, so nothing to hold: the live products, in the order the adapter locks them. */
  async lockBySkus(skus: string[]): Promise<Product[]> {
    return (await this.findBySkus(skus)).sort(bySku);
  }

  async findPage(filter: ProductFilter, offset: number, limit: number): Promise<{ items: Product[]; total: number }> {
    const search = filter.search?.toLowerCase();
    const matches = this.live().filter(
      (p) =>
        (filter.status ?? p.status) === p.status &&
        (search === undefined || p.sku.toLowerCase().includes(search) || p.name.toLowerCase().includes(search)),
    );
    return this.pageOf(matches, offset, limit, bySku);
  }

  override async save(product: Product): Promise<void> {
    if (this.all().some((other) => other.sku === product.sku && other.id !== product.id)) throw new SkuTaken(product.sku);
    await super.save(product);
  }

  private live(): Product[] {
    return this.all().filter((product) => !product.isDeleted);
  }
}

/** Byte order, as the column's "C" collation sorts it. */
const bySku = (a: { sku: string }, b: { sku: string }) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0);
