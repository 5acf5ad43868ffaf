import { describeAggregateRepositoryContract, newId, OpenedRepository } from '@promenade/ddd';
import { Quantity } from '../../domain/quantity';
import { StockItem, StockItemState } from '../../domain/stock-item/stock-item.aggregate';
import { StockItemNotFound } from '../../domain/stock-item/stock-item.errors';
import { StockItemRepository, StockKey } from '../../domain/stock-item/stock-item.repository';

export interface StockItemRepositoryHarness {
  /** A fresh repository over an empty store (and no warehouses); called before each test. */
  open(): Promise<OpenedRepository<StockItemRepository>>;
  /** Runs `work` as a command runs: locks hold until it ends. */
  inTransaction<T>(work: () => Promise<T>): Promise<T>;
  /** Makes these warehouses exist, active or not: `lockAllOf` allocates from the active ones only. */
  warehouses(active: string[], inactive: string[]): Promise<void>;
}

const actor = { actor: 'clerk', reference: null };
const each = (value: number) => Quantity.of(value, 'each');
const keyOf = (item: StockItem): StockKey => ({ sku: item.sku, warehouseCode: item.warehouseCode });

/** What every StockItemRepository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains. */
export function describeStockItemRepositoryContract(harness: StockItemRepositoryHarness): void {
  const { current } = describeAggregateRepositoryContract<StockItem, StockItemState, StockItemRepository>({
    open: harness.open,
    create: () => StockItem.open(`SKU-${newId().slice(-12).toUpperCase()}`, 'KBP-1', 'each'),
    restore: StockItem.restore,
    load: (stockItems, id) => stockItems.getById(id),
    // A receipt, then a reservation that takes available below the reorder point: a movement and StockLow.
    change: (stockItem) => {
      stockItem.setReorderPoint(each(5));
      stockItem.receive(each(10), actor);
      stockItem.reserve(each(6));
    },
  });
  const repository = () => current().repository;

  async function stored(sku: string, warehouseCode: string, onHand = 0): Promise<StockItem> {
    const item = StockItem.open(sku, warehouseCode, 'each');
    if (onHand > 0) item.receive(each(onHand), actor);
    await repository().save(item);
    return item;
  }

  it('answers StockItemNotFound for an id it does not hold', async () => {
    await expect(repository().getById(newId())).rejects.toBeInstanceOf(StockItemNotFound);
  });

  it('locks the items of the keys it holds, by sku then warehouse code, and leaves out the keys it does not', async () => {
    await stored('B-2', 'KBP-1');
    await stored('A-1', 'LWO-1');
    await stored('A-1', 'KBP-1');
    await stored('C-3', 'KBP-1');

    const keys = [
      { sku: 'B-2', warehouseCode: 'KBP-1' },
      { sku: 'A-1', warehouseCode: 'LWO-1' },
      { sku: 'A-1', warehouseCode: 'KBP-1' },
      { sku: 'Z-9', warehouseCode: 'KBP-1' },
    ];
    const locked = await harness.inTransaction(() => repository().lock(keys));

    expect(locked.map(keyOf)).toEqual([keys[2], keys[1], keys[0]]);
  });

  it('opens the missing items empty at version 1, in the unit of their product, and locks them with the existing ones', async () => {
    const existing = await stored('A-1', 'KBP-1', 4);

    const locked = await harness.inTransaction(() =>
      repository().lockOrOpen(
        [
          { sku: 'B-2', warehouseCode: 'KBP-1' },
          { sku: 'A-1', warehouseCode: 'KBP-1' },
        ],
        (sku) => (sku === 'B-2' ? 'kg' : 'each'),
      ),
    );

    expect(locked.map((item) => [item.id === existing.id, item.sku, item.unit, item.onHand.toNumber(), item.version])).toEqual([
      [true, 'A-1', 'each', 4, 1],
      [false, 'B-2', 'kg', 0, 1],
    ]);
    expect(await repository().findBySku('B-2')).toHaveLength(1);
  });

  it('locks every item of the SKUs asked for in active warehouses only', async () => {
    await harness.warehouses(['KBP-1', 'LWO-1'], ['ODS-1']);
    await stored('A-1', 'LWO-1', 1);
    await stored('A-1', 'ODS-1', 5);
    await stored('A-1', 'KBP-1', 2);
    await stored('B-2', 'KBP-1', 3);
    await stored('C-3', 'KBP-1', 3);

    const locked = await harness.inTransaction(() => repository().lockAllOf(['A-1', 'B-2']));

    expect(locked.map(keyOf)).toEqual([
      { sku: 'A-1', warehouseCode: 'KBP-1' },
      { sku: 'A-1', warehouseCode: 'LWO-1' },
      { sku: 'B-2', warehouseCode: 'KBP-1' },
    ]);
  });

  it('appends the movements of a save to the ledger once, newest first', async () => {
    const item = await stored('A-1', 'KBP-1', 10);
    item.adjust('decrease', each(3), 'damage', { actor: 'clerk', reference: null, note: 'dropped' });
    await repository().save(item);
    await repository().save(item);

    const { items, total } = await repository().findMovementPage({ sku: 'A-1' }, 0, 10);

    expect(total).toBe(2);
    expect(items.map((m) => [m.type, m.signedQuantity, m.resultingOnHand.toNumber(), m.reason, m.note])).toEqual([
      ['adjustment', -3, 7, 'damage', 'dropped'],
      ['receipt', 10, 10, null, null],
    ]);
    expect(items[0]).toMatchObject({ stockItemId: item.id, warehouseCode: 'KBP-1', actor: 'clerk', reference: null, transferId: null });
  });

  it('filters the ledger by warehouse, type and time', async () => {
    const first = StockItem.open('A-1', 'KBP-1', 'each');
    first.receive(each(5), actor, new Date('2026-01-01T10:00:00Z'));
    await repository().save(first);
    const second = StockItem.open('A-1', 'LWO-1', 'each');
    second.receive(each(2), actor, new Date('2026-01-02T10:00:00Z'));
    second.adjust('increase', each(1), 'found', actor, new Date('2026-01-03T10:00:00Z'));
    await repository().save(second);

    const page = (filter: Parameters<StockItemRepository['findMovementPage']>[0]) =>
      repository()
        .findMovementPage(filter, 0, 10)
        .then(({ items }) => items.map((m) => m.signedQuantity));

    expect(await page({ warehouseCode: 'LWO-1' })).toEqual([1, 2]);
    expect(await page({ type: 'receipt' })).toEqual([2, 5]);
    expect(await page({ from: new Date('2026-01-02T10:00:00Z'), to: new Date('2026-01-03T10:00:00Z') })).toEqual([2]);
  });

  it('says whether a SKU has stock on hand in any warehouse', async () => {
    await stored('A-1', 'KBP-1', 0);
    await stored('A-1', 'LWO-1', 2);
    await stored('B-2', 'KBP-1', 0);

    expect(await repository().hasStock('A-1')).toBe(true);
    expect(await repository().hasStock('B-2')).toBe(false);
    expect(await repository().hasStock('C-3')).toBe(false);
  });

  it('pages the items by sku then warehouse code, filtered by sku, warehouse or being below the reorder point', async () => {
    const low = StockItem.open('B-2', 'KBP-1', 'each');
    low.setReorderPoint(each(5));
    low.receive(each(4), actor);
    await repository().save(low);
    await stored('A-1', 'LWO-1', 1);
    await stored('A-1', 'KBP-1', 1);

    const keys = (filter: Parameters<StockItemRepository['findPage']>[0], offset = 0, limit = 10) =>
      repository()
        .findPage(filter, offset, limit)
        .then(({ items, total }) => ({ keys: items.map((i) => `${i.sku}@${i.warehouseCode}`), total }));

    expect(await keys({})).toEqual({ keys: ['A-1@KBP-1', 'A-1@LWO-1', 'B-2@KBP-1'], total: 3 });
    expect(await keys({}, 1, 1)).toEqual({ keys: ['A-1@LWO-1'], total: 3 });
    expect(await keys({ sku: 'A-1', warehouseCode: 'LWO-1' })).toEqual({ keys: ['A-1@LWO-1'], total: 1 });
    expect(await keys({ belowReorderPoint: true })).toEqual({ keys: ['B-2@KBP-1'], total: 1 });
  });
}
