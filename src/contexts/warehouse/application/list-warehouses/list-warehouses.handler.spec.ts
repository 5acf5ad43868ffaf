import { InMemoryWarehouseRepository } from '../testing/in-memory-warehouse.repository';
import { aWarehouse } from '../testing/warehouse-fixtures';
import { ListWarehouses } from './list-warehouses.query';
import { ListWarehousesHandler } from './list-warehouses.handler';

describe('ListWarehousesHandler', () => {
  let warehouses: InMemoryWarehouseRepository;
  let handler: ListWarehousesHandler;

  beforeEach(async () => {
    warehouses = new InMemoryWarehouseRepository();
    handler = new ListWarehousesHandler(warehouses);
    for (const code of ['ODS-1', 'KBP-1', 'LWO-1']) await warehouses.save(aWarehouse(code));
  });

  it('answers the requested page, by code, with the total count', async () => {
    const page = await handler.execute(new ListWarehouses({}, 1, 2));

    expect(page).toMatchObject({ page: 1, limit: 2, total: 3 });
    expect(page.items.map((warehouse) => warehouse.code)).toEqual(['KBP-1', 'LWO-1']);
  });

  it('turns the page number into an offset for the repository, with the filter as given', async () => {
    const findPage = jest.spyOn(warehouses, 'findPage');

    await handler.execute(new ListWarehouses({ status: 'inactive', search: 'kyiv' }, 2, 5));

    expect(findPage).toHaveBeenCalledWith({ status: 'inactive', search: 'kyiv' }, 5, 5);
  });
});
