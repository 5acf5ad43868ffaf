import { describeAggregateRepositoryContract, newId, OpenedRepository } from '@promenade/ddd';
import { Product, ProductState } from '../../domain/product/product.aggregate';
import { ProductNotFound, SkuTaken } from '../../domain/product/product.errors';
import { ProductRepository } from '../../domain/product/product.repository';
import { aProduct } from './product-fixtures';

const skus = (page: { items: Product[] }) => page.items.map((product) => product.sku);

/**
 * What every ProductRepository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains.
 * `inTransaction` runs work as a command runs (row locks need a transaction); the fake needs none.
 */
export function describeProductRepositoryContract(
  open: () => Promise<OpenedRepository<ProductRepository>>,
  inTransaction: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
): void {
  const { current } = describeAggregateRepositoryContract<Product, ProductState, ProductRepository>({
    open,
    create: () => aProduct(`SKU-${newId()}`),
    restore: Product.restore,
    load: (products, id) => products.getById(id),
    change: (product) => product.update({ name: 'Renamed keyboard' }),
  });

  it('answers ProductNotFound for an id or a SKU it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(ProductNotFound);
    await expect(current().repository.getBySku('NOPE-1')).rejects.toBeInstanceOf(ProductNotFound);
  });

  it('finds a product by its SKU in any case, alone or among others', async () => {
    const { repository: products } = current();
    const keyboard = aProduct('KB-001');
    await products.save(keyboard);
    await products.save(aProduct('MS-002'));

    expect((await products.getBySku(' kb-001 ')).id).toBe(keyboard.id);
    expect((await products.findBySkus(['kb-001', 'UNKNOWN'])).map((product) => product.id)).toEqual([keyboard.id]);
  });

  it.each(['share', 'update'] as const)('locks (for %s) the live products among some SKUs in any case, in byte order', async (lock) => {
    const { repository: products } = current();
    const gone = aProduct('GONE-1');
    for (const product of [aProduct('A_1'), aProduct('A1'), aProduct('A-1'), gone]) await products.save(product);
    gone.delete(false);
    await products.save(gone);

    const locked = await inTransaction(() => products.lockBySkus(['a_1', 'GONE-1', 'A1', 'UNKNOWN', 'a-1'], lock));

    expect(locked.map((product) => product.sku)).toEqual(['A-1', 'A1', 'A_1']);
    expect(await inTransaction(() => products.lockBySkus([], lock))).toEqual([]);
  });

  it('stores every field as given and gives it back', async () => {
    const { repository: products } = current();
    const flour = aProduct('FLOUR.1KG', { unit: 'kg', description: null, barcode: '96385074' });
    flour.discontinue();
    await products.save(flour);

    expect(await products.getBySku('FLOUR.1KG')).toMatchObject({
      sku: 'FLOUR.1KG',
      unit: 'kg',
      description: null,
      barcode: '96385074',
      status: 'discontinued',
      deletedAt: null,
    });
  });

  it('answers only live products: a deleted one is not found by id, SKU nor in a list, and keeps its SKU taken', async () => {
    const { repository: products } = current();
    const gone = aProduct('GONE-1');
    await products.save(gone);
    gone.delete(false);
    await products.save(gone);

    await expect(products.getById(gone.id)).rejects.toBeInstanceOf(ProductNotFound);
    await expect(products.getBySku('GONE-1')).rejects.toBeInstanceOf(ProductNotFound);
    expect(await products.findBySkus(['GONE-1'])).toEqual([]);
    expect((await products.findPage({}, 0, 10)).total).toBe(0);
    await expect(products.save(aProduct('gone-1'))).rejects.toBeInstanceOf(SkuTaken);
  });

  it('refuses a second product with a SKU taken, whatever the case it was typed in, with SkuTaken', async () => {
    const { repository: products } = current();
    await products.save(aProduct('KB-001'));

    await expect(products.save(aProduct('kb-001'))).rejects.toBeInstanceOf(SkuTaken);
  });

  it('pages the products that match the filter, by SKU, with the number of matches', async () => {
    const { repository: products } = current();
    const discontinued = aProduct('B-2', { name: 'Wireless mouse' });
    discontinued.discontinue();
    for (const product of [aProduct('C-3', { name: 'USB cable' }), discontinued, aProduct('A-1', { name: 'Keyboard' })]) {
      await products.save(product);
    }

    expect(skus(await products.findPage({}, 0, 10))).toEqual(['A-1', 'B-2', 'C-3']);
    expect(await products.findPage({}, 1, 1)).toMatchObject({ total: 3, items: [{ sku: 'B-2' }] });
    expect(skus(await products.findPage({ status: 'active' }, 0, 10))).toEqual(['A-1', 'C-3']);
    expect(skus(await products.findPage({ search: 'MOUSE' }, 0, 10))).toEqual(['B-2']);
    expect(skus(await products.findPage({ search: 'c-' }, 0, 10))).toEqual(['C-3']);
    expect(skus(await products.findPage({ search: '%' }, 0, 10))).toEqual([]);
  });
}
