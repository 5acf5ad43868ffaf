import { AggregateRoot, newId } from '@promenade/ddd';
import { CurrencyCreated } from '../contracts/currency-created.event';
import { CurrencyDeactivated } from '../contracts/currency-deactivated.event';
import { CurrencyActivated } from '../contracts/currency-activated.event';

export interface CurrencyState {
  id: string;
  version: number;
  createdAt: Date;
}

/** Currency: its rules live here, as methods that check them and raise events. */
export class Currency extends AggregateRoot {
  private constructor(private state: CurrencyState) {
    super(state.id, state.version);
  }

  static create(now = new Date()): Currency {
    const currency = new Currency({ id: newId(), version: 0, createdAt: now });
    currency.apply(new CurrencyCreated({ currencyId: currency.id, createdAt: now.toISOString() }));
    return currency;
  }

  /** Rebuilds a stored currency; no rule is re-run and no event raised. */
  static restore(state: CurrencyState): Currency {
    return new Currency({ ...state });
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  /** Deactivate this currency. Check the rule that allows it here, before the event. */
  deactivate(now = new Date()): void {
    this.apply(new CurrencyDeactivated({ currencyId: this.id, deactivatedAt: now.toISOString() }));
  }

  /** Activate this currency. Check the rule that allows it here, before the event. */
  activate(now = new Date()): void {
    this.apply(new CurrencyActivated({ currencyId: this.id, activatedAt: now.toISOString() }));
  }
}
