import { StockItemFixtures } from '../testing/stock-item-fixtures';
import { ListMovements } from './list-movements.query';
import { ListMovementsHandler } from './list-movements.handler';

describe('ListMovementsHandler', () => {
  let given: StockItemFixtures;
  let handler: ListMovementsHandler;

  beforeEach(async () => {
    given = new StockItemFixtures();
    handler = new ListMovementsHandler(given.stockItems);
    await given.product('KB-1');
    await given.stock('KB-1', 'KBP-1', 1);
    await given.stock('KB-1', 'KBP-1', 2);
    await given.stock('KB-1', 'LWO-1', 3);
  });

  it('answers the ledger newest first, a page at a time, with the total count', async () => {
    const page = await handler.execute(new ListMovements({}, 1, 2));

    expect(page).toMatchObject({ page: 1, limit: 2, total: 3 });
    expect(page.items.map((m) => m.signedQuantity)).toEqual([3, 2]);
  });

  it('turns the page number into an offset for the repository', async () => {
    const findMovementPage = jest.spyOn(given.stockItems, 'findMovementPage');
    const filter = { sku: 'KB-1', type: 'receipt' as const };

    await handler.execute(new ListMovements(filter, 3, 25));

    expect(findMovementPage).toHaveBeenCalledWith(filter, 50, 25);
  });

  it("lists one warehouse's movements", async () => {
    const page = await handler.execute(new ListMovements({ warehouseCode: 'KBP-1' }, 1, 10));

    expect(page.items.map((m) => [m.warehouseCode, m.resultingOnHand.toNumber()])).toEqual([
      ['KBP-1', 3],
      ['KBP-1', 1],
    ]);
  });
});
