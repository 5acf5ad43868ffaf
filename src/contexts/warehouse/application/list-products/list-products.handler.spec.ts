import { InMemoryProductRepository } from '../testing/in-memory-product.repository';
import { aProduct } from '../testing/product-fixtures';
import { ListProducts } from './list-products.query';
import { ListProductsHandler } from './list-products.handler';

describe('ListProductsHandler', () => {
  let products: InMemoryProductRepository;
  let handler: ListProductsHandler;

  beforeEach(async () => {
    products = new InMemoryProductRepository();
    handler = new ListProductsHandler(products);
    for (const sku of ['E-5', 'A-1', 'D-4', 'B-2', 'C-3']) await products.save(aProduct(sku));
  });

  it('answers the requested page, by SKU, with the total count', async () => {
    const page = await handler.execute(new ListProducts({}, 2, 2));

    expect(page).toMatchObject({ page: 2, limit: 2, total: 5 });
    expect(page.items.map((product) => product.sku)).toEqual(['C-3', 'D-4']);
  });

  it('turns the page number into an offset for the repository, with the filter as given', async () => {
    const findPage = jest.spyOn(products, 'findPage');

    await handler.execute(new ListProducts({ status: 'discontinued', search: 'kb' }, 3, 10));

    expect(findPage).toHaveBeenCalledWith({ status: 'discontinued', search: 'kb' }, 20, 10);
  });
});
