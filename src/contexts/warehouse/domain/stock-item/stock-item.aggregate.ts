import { AggregateRoot, newId } from '@promenade/ddd';
import { StockItemCreated } from '../events/stock-item-created.event';

export interface StockItemState {
  id: string;
  version: number;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** StockItem: its rules live here, as methods that check them and raise events. */
export class StockItem extends AggregateRoot<StockItemState> {
  private constructor(state: StockItemState) {
    super(state);
  }

  static create(now = new Date()): StockItem {
    const stockItem = new StockItem({ id: newId(), version: 0, createdAt: now, updatedAt: now });
    stockItem.apply(new StockItemCreated({ stockItemId: stockItem.id, createdAt: now.toISOString() }));
    return stockItem;
  }

  /** Rebuilds a stored stock item; no rule is re-run and no event raised. */
  static restore(state: StockItemState): StockItem {
    return new StockItem(state);
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }
}
