import { AggregateRoot, newId } from '@promenade/ddd';
import { CustomerCreated } from '../contracts/customer-created.event';
import { CustomerQualified } from '../contracts/customer-qualified.event';
import { CustomerConverted } from '../contracts/customer-converted.event';
import { CustomerChurned } from '../contracts/customer-churned.event';
import { CustomerReactivated } from '../contracts/customer-reactivated.event';
import { CustomerUpgraded } from '../contracts/customer-upgraded.event';
import { CustomerDowngraded } from '../contracts/customer-downgraded.event';
import { CustomerAssigned } from '../contracts/customer-assigned.event';

export interface CustomerState {
  id: string;
  version: number;
  createdAt: Date;
}

/** Customer: its rules live here, as methods that check them and raise events. */
export class Customer extends AggregateRoot {
  private constructor(private state: CustomerState) {
    super(state.id, state.version);
  }

  static create(now = new Date()): Customer {
    const customer = new Customer({ id: newId(), version: 0, createdAt: now });
    customer.apply(new CustomerCreated({ customerId: customer.id, createdAt: now.toISOString() }));
    return customer;
  }

  /** Rebuilds a stored customer; no rule is re-run and no event raised. */
  static restore(state: CustomerState): Customer {
    return new Customer({ ...state });
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  /** Qualify this customer. Check the rule that allows it here, before the event. */
  qualify(now = new Date()): void {
    this.apply(new CustomerQualified({ customerId: this.id, qualifiedAt: now.toISOString() }));
  }

  /** Convert this customer. Check the rule that allows it here, before the event. */
  convert(now = new Date()): void {
    this.apply(new CustomerConverted({ customerId: this.id, convertedAt: now.toISOString() }));
  }

  /** Churn this customer. Check the rule that allows it here, before the event. */
  churn(now = new Date()): void {
    this.apply(new CustomerChurned({ customerId: this.id, churnedAt: now.toISOString() }));
  }

  /** Reactivate this customer. Check the rule that allows it here, before the event. */
  reactivate(now = new Date()): void {
    this.apply(new CustomerReactivated({ customerId: this.id, reactivatedAt: now.toISOString() }));
  }

  /** Upgrade this customer. Check the rule that allows it here, before the event. */
  upgrade(now = new Date()): void {
    this.apply(new CustomerUpgraded({ customerId: this.id, upgradedAt: now.toISOString() }));
  }

  /** Downgrade this customer. Check the rule that allows it here, before the event. */
  downgrade(now = new Date()): void {
    this.apply(new CustomerDowngraded({ customerId: this.id, downgradedAt: now.toISOString() }));
  }

  /** Assign this customer. Check the rule that allows it here, before the event. */
  assign(now = new Date()): void {
    this.apply(new CustomerAssigned({ customerId: this.id, assignedAt: now.toISOString() }));
  }
}
