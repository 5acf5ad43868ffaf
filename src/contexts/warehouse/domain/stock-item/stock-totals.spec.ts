import { Quantity } from '../quantity';
import { StockItem } from './stock-item.aggregate';
import { stockTotals } from './stock-totals';

describe('stockTotals', () => {
  it('sums onHand, reserved and available exactly, in thousandths', () => {
    const items = [0.1, 0.2].map((onHand, n) => {
      const item = StockItem.open('FLOUR', `KBP-${n}`, 'kg');
      item.receive(Quantity.of(onHand, 'kg'), { actor: 'clerk', reference: null });
      item.reserve(Quantity.of(0.05, 'kg'));
      return item;
    });

    const { onHand, reserved, available } = stockTotals(items);

    expect([onHand, reserved, available].map((q) => q.toNumber())).toEqual([0.3, 0.1, 0.2]);
  });

  it('is zero without items', () => {
    expect(Object.values(stockTotals([])).every((q: Quantity) => q.isZero)).toBe(true);
  });
});
