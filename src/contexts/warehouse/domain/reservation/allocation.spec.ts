import { Quantity } from '../quantity';
import { allocate, StockLevel } from './allocation';

const each = (value: number) => Quantity.of(value, 'each');
const line = (sku: string, quantity: number) => ({ sku, quantity: each(quantity) });
const level = (warehouseCode: string, sku: string, available: number): StockLevel => ({
  sku,
  warehouseCode,
  available: available === 0 ? Quantity.zero : each(available),
});
const plain = (outcome: ReturnType<typeof allocate>) =>
  outcome.held
    ? outcome.allocations.map((a) => `${a.sku}@${a.warehouseCode}:${a.quantity.toNumber()}`)
    : outcome.shortages.map((s) => `${s.sku} short: ${s.requested.toNumber()} asked, ${s.available.toNumber()} available`);

describe('allocate', () => {
  describe('one warehouse for the whole reservation', () => {
    it('takes every line from the one warehouse that can serve them all', () => {
      const outcome = allocate([line('A', 2), line('B', 1)], [level('W1', 'A', 5), level('W1', 'B', 1), level('W2', 'A', 9)]);
      expect(plain(outcome)).toEqual(['A@W1:2', 'B@W1:1']);
    });

    it('prefers, among those that can serve every line, the one with most available of these lines in total', () => {
      const stock = [
        level('W1', 'A', 3),
        level('W1', 'B', 3),
        level('W2', 'A', 10),
        level('W2', 'B', 1),
        level('W3', 'A', 4),
        level('W3', 'B', 4),
      ];
      expect(plain(allocate([line('A', 1), line('B', 1)], stock))).toEqual(['A@W2:1', 'B@W2:1']);
    });

    it('counts only the lines asked for in that total, not the other SKUs a warehouse holds', () => {
      const stock = [level('W1', 'A', 5), level('W1', 'Z', 100), level('W2', 'A', 6)];
      expect(plain(allocate([line('A', 1)], stock))).toEqual(['A@W2:1']);
    });

    it('breaks a tie by the warehouse code first in order, whatever order the stock came in', () => {
      const stock = [level('KBP-2', 'A', 5), level('KBP-10', 'A', 5), level('KBP-1', 'A', 5)];
      expect(plain(allocate([line('A', 5)], stock))).toEqual(['A@KBP-1:5']);
      expect(plain(allocate([line('A', 5)], [...stock].reverse()))).toEqual(['A@KBP-1:5']);
    });

    it('prefers one warehouse that can serve everything to a split, even when another holds more of one line', () => {
      const stock = [level('W1', 'A', 100), level('W2', 'A', 2), level('W2', 'B', 2)];
      expect(plain(allocate([line('A', 2), line('B', 2)], stock))).toEqual(['A@W2:2', 'B@W2:2']);
    });

    it('may take exactly everything a warehouse has available', () => {
      expect(plain(allocate([line('A', 3)], [level('W1', 'A', 3)]))).toEqual(['A@W1:3']);
    });
  });

  describe('a split when no one warehouse can serve it all', () => {
    it('splits one line over warehouses, the one covering most first', () => {
      const stock = [level('W1', 'A', 3), level('W2', 'A', 6), level('W3', 'A', 2)];
      expect(plain(allocate([line('A', 8)], stock))).toEqual(['A@W1:2', 'A@W2:6']);
    });

    it('uses the fewest warehouses: the greedy pick needs two where taking by code would need three', () => {
      const stock = [level('W1', 'A', 1), level('W1', 'B', 1), level('W2', 'A', 1), level('W3', 'A', 9), level('W3', 'B', 9)];
      const outcome = allocate([line('A', 10), line('B', 1)], stock);
      expect(plain(outcome)).toEqual(['A@W1:1', 'A@W3:9', 'B@W3:1']);
    });

    it('serves different lines from different warehouses when each holds only some', () => {
      const stock = [level('W1', 'A', 4), level('W2', 'B', 7)];
      expect(plain(allocate([line('A', 4), line('B', 5)], stock))).toEqual(['A@W1:4', 'B@W2:5']);
    });

    it('breaks a tie between warehouses covering as much by the code first in order', () => {
      const stock = [level('W2', 'A', 5), level('W1', 'A', 5), level('W3', 'A', 5)];
      expect(plain(allocate([line('A', 7)], stock))).toEqual(['A@W1:5', 'A@W2:2']);
    });

    it('never allocates more of a line than was asked, nor more than a warehouse has', () => {
      const stock = [level('W1', 'A', 4), level('W1', 'B', 1), level('W2', 'A', 4), level('W2', 'B', 9)];
      const outcome = allocate([line('A', 6), line('B', 3)], stock);
      expect(plain(outcome)).toEqual(['A@W1:2', 'A@W2:4', 'B@W2:3']);
    });

    it('splits quantities in thousandths exactly', () => {
      const kg = (value: number) => Quantity.of(value, 'kg');
      const stock = [
        { sku: 'FLOUR', warehouseCode: 'W1', available: kg(0.333) },
        { sku: 'FLOUR', warehouseCode: 'W2', available: kg(1.2) },
      ];
      const outcome = allocate([{ sku: 'FLOUR', quantity: kg(1.5) }], stock);
      expect(plain(outcome)).toEqual(['FLOUR@W1:0.3', 'FLOUR@W2:1.2']);
    });
  });

  describe('all or nothing', () => {
    it('holds nothing when a line cannot be covered, naming the SKU with what all warehouses have of it', () => {
      const stock = [level('W1', 'A', 3), level('W2', 'A', 4), level('W1', 'B', 100)];
      const outcome = allocate([line('A', 8), line('B', 1)], stock);
      expect(outcome.held).toBe(false);
      expect(plain(outcome)).toEqual(['A short: 8 asked, 7 available']);
    });

    it('names every short SKU, including one with no stock anywhere', () => {
      const outcome = allocate([line('A', 2), line('B', 1), line('C', 1)], [level('W1', 'A', 1), level('W1', 'C', 1)]);
      expect(plain(outcome)).toEqual(['A short: 2 asked, 1 available', 'B short: 1 asked, 0 available']);
    });

    it('is short of everything when there is no stock at all', () => {
      expect(plain(allocate([line('A', 1)], []))).toEqual(['A short: 1 asked, 0 available']);
    });

    it('ignores stock items with nothing available', () => {
      const outcome = allocate([line('A', 1)], [level('W1', 'A', 0), level('W2', 'A', 1)]);
      expect(plain(outcome)).toEqual(['A@W2:1']);
    });
  });
});
