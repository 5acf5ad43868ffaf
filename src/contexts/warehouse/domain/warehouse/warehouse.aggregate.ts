import { AggregateRoot, newId } from '@promenade/ddd';
import { WarehouseCreated } from '../events/warehouse-created.event';
import { WarehouseDeactivated } from '../events/warehouse-deactivated.event';
import { WarehouseActivated } from '../events/warehouse-activated.event';

export interface WarehouseState {
  id: string;
  version: number;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** Warehouse: its rules live here, as methods that check them and raise events. */
export class Warehouse extends AggregateRoot<WarehouseState> {
  private constructor(state: WarehouseState) {
    super(state);
  }

  static create(now = new Date()): Warehouse {
    const warehouse = new Warehouse({ id: newId(), version: 0, createdAt: now, updatedAt: now });
    warehouse.apply(new WarehouseCreated({ warehouseId: warehouse.id, createdAt: now.toISOString() }));
    return warehouse;
  }

  /** Rebuilds a stored warehouse; no rule is re-run and no event raised. */
  static restore(state: WarehouseState): Warehouse {
    return new Warehouse(state);
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /** Deactivate this warehouse. Check the rule that allows it here, before the event. */
  deactivate(now = new Date()): void {
    this.apply(new WarehouseDeactivated({ warehouseId: this.id, deactivatedAt: now.toISOString() }));
  }

  /** Activate this warehouse. Check the rule that allows it here, before the event. */
  activate(now = new Date()): void {
    this.apply(new WarehouseActivated({ warehouseId: this.id, activatedAt: now.toISOString() }));
  }
}
