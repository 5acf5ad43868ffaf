import { AggregateRoot, newId, Patch, patched } from '@promenade/ddd';
import { WarehouseActivated } from '../events/warehouse-activated.event';
import { WarehouseCreated } from '../events/warehouse-created.event';
import { WarehouseDeactivated } from '../events/warehouse-deactivated.event';
import { WarehouseUpdated } from '../events/warehouse-updated.event';
import { WarehouseAddress } from './warehouse-address';
import { WarehouseCode } from './warehouse-code';
import { changedWarehouseFields, WarehouseDetails, warehouseDetails, WarehouseDetailsInput } from './warehouse-details';
import { WarehouseStatus } from './warehouse-status';
import { WarehouseAlreadyActive, WarehouseInactive } from './warehouse.errors';

export interface WarehouseState extends WarehouseDetails {
  id: string;
  version: number;
  /** Normalised (upper-case); never changes: stock items and movements name the warehouse by it. */
  code: string;
  status: WarehouseStatus;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** What a new warehouse is made of, as a client sends it. */
export interface NewWarehouse extends WarehouseDetailsInput {
  code: string;
}

/** A change of some fields: a field left out stays as it is; an address sent replaces the whole address. */
export type WarehouseChanges = Patch<WarehouseDetailsInput>;

/** A location stock is kept in, named by its code; an inactive one takes no receipts and no new reservations. */
export class Warehouse extends AggregateRoot<WarehouseState> {
  private constructor(state: WarehouseState) {
    super(state);
  }

  /** Checks every field; throws WarehouseCodeInvalid or WarehouseDetailsInvalid. The code's uniqueness is the repository's. */
  static create(input: NewWarehouse, now = new Date()): Warehouse {
    const code = WarehouseCode.of(input.code).value;
    const details = warehouseDetails(input);
    const id = newId();
    const warehouse = new Warehouse({ id, version: 0, code, ...details, status: 'active', createdAt: now, updatedAt: now });
    warehouse.apply(new WarehouseCreated({ warehouseId: id, code, name: details.name, createdAt: now.toISOString() }));
    return warehouse;
  }

  /** Rebuilds a stored warehouse; no rule is re-run and no event raised. */
  static restore(state: WarehouseState): Warehouse {
    return new Warehouse(state);
  }

  get code(): string {
    return this.state.code;
  }

  get name(): string {
    return this.state.name;
  }

  get address(): WarehouseAddress {
    return this.state.address;
  }

  get timeZone(): string {
    return this.state.timeZone;
  }

  get status(): WarehouseStatus {
    return this.state.status;
  }

  get isActive(): boolean {
    return this.state.status === 'active';
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /** Receipts, transfers in and new reservations: refused while inactive. */
  assertAcceptsStock(): void {
    if (!this.isActive) throw new WarehouseInactive(this.code);
  }

  /**
   * Applies a change of some fields, checked as a whole (the same rules as at creation). Answers whether
   * anything changed: sending the fields as they are changes nothing and raises nothing.
   */
  update(changes: WarehouseChanges): boolean {
    const { name, address, timeZone } = this.state;
    const next = warehouseDetails(patched<WarehouseDetailsInput>({ name, address, timeZone }, changes));
    const changed = changedWarehouseFields(this.state, next);
    if (changed.length === 0) return false;
    this.state = { ...this.state, ...next };
    this.apply(new WarehouseUpdated({ warehouseId: this.id, code: this.code, changed }));
    return true;
  }

  deactivate(now = new Date()): void {
    this.assertAcceptsStock();
    this.state = { ...this.state, status: 'inactive' };
    this.apply(new WarehouseDeactivated({ warehouseId: this.id, code: this.code, deactivatedAt: now.toISOString() }));
  }

  activate(now = new Date()): void {
    if (this.isActive) throw new WarehouseAlreadyActive(this.code);
    this.state = { ...this.state, status: 'active' };
    this.apply(new WarehouseActivated({ warehouseId: this.id, code: this.code, activatedAt: now.toISOString() }));
  }
}
