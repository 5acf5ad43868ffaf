import { describeAggregateRepositoryContract, newId, OpenedRepository } from '@promenade/ddd';
import { Warehouse, WarehouseState } from '../../domain/warehouse/warehouse.aggregate';
import { WarehouseCodeTaken, WarehouseNotFound } from '../../domain/warehouse/warehouse.errors';
import { WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { aWarehouse } from './warehouse-fixtures';

const codes = (page: { items: Warehouse[] }) => page.items.map((warehouse) => warehouse.code);

/** What every WarehouseRepository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains. */
export function describeWarehouseRepositoryContract(open: () => Promise<OpenedRepository<WarehouseRepository>>): void {
  let made = 0;
  const { current } = describeAggregateRepositoryContract<Warehouse, WarehouseState, WarehouseRepository>({
    open,
    create: () => aWarehouse(`W-${++made}`),
    restore: Warehouse.restore,
    load: (warehouses, id) => warehouses.getById(id),
    change: (warehouse) => warehouse.deactivate(),
  });

  it('answers WarehouseNotFound for an id or a code it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(WarehouseNotFound);
    await expect(current().repository.getByCode('NOPE-1')).rejects.toBeInstanceOf(WarehouseNotFound);
  });

  it('stores every field as given and finds the warehouse by its code in any case', async () => {
    const { repository: warehouses } = current();
    const lviv = aWarehouse('LWO-2', {
      name: 'Lviv',
      address: { line1: 'Horodotska 1', line2: 'Gate 3', city: 'Lviv', postalCode: '79000', country: 'UA' },
    });
    await warehouses.save(lviv);

    expect(await warehouses.getByCode(' lwo-2 ')).toMatchObject({
      id: lviv.id,
      code: 'LWO-2',
      name: 'Lviv',
      address: { line1: 'Horodotska 1', line2: 'Gate 3', city: 'Lviv', postalCode: '79000', region: null, country: 'UA' },
      timeZone: 'Europe/Kyiv',
      status: 'active',
    });
  });

  it('refuses a second warehouse with a code taken, whatever the case it was typed in, with WarehouseCodeTaken', async () => {
    const { repository: warehouses } = current();
    await warehouses.save(aWarehouse('KBP-1'));

    await expect(warehouses.save(aWarehouse('kbp-1'))).rejects.toBeInstanceOf(WarehouseCodeTaken);
  });

  it('pages the warehouses that match the filter, by code, with the number of matches', async () => {
    const { repository: warehouses } = current();
    const closed = aWarehouse('B-2', { name: 'Odesa port' });
    closed.deactivate();
    for (const warehouse of [aWarehouse('C-3', { name: 'Kharkiv' }), closed, aWarehouse('A-1', { name: 'Kyiv' })]) {
      await warehouses.save(warehouse);
    }

    expect(codes(await warehouses.findPage({}, 0, 10))).toEqual(['A-1', 'B-2', 'C-3']);
    expect(await warehouses.findPage({}, 1, 1)).toMatchObject({ total: 3, items: [{ code: 'B-2' }] });
    expect(codes(await warehouses.findPage({ status: 'inactive' }, 0, 10))).toEqual(['B-2']);
    expect(codes(await warehouses.findPage({ search: 'ODESA' }, 0, 10))).toEqual(['B-2']);
    expect(codes(await warehouses.findPage({ search: 'c-' }, 0, 10))).toEqual(['C-3']);
  });
}
