import { AggregateRoot } from '@promenade/ddd';
import { CurrencyActivated } from '../events/currency-activated.event';
import { CurrencyDeactivated } from '../events/currency-deactivated.event';
import { CurrencyAlreadyActive, CurrencyAlreadyInactive } from './currency.errors';

/** A currency as the ISO 4217 data describes it, plus whether the platform accepts it. */
export interface CurrencyState {
  /** ISO 4217 alphabetic code, upper case. */
  id: string;
  version: number;
  numeric: string;
  name: string;
  /** Null where ISO 4217 gives none (metals, funds, test codes). */
  minorUnits: number | null;
  symbol: string | null;
  active: boolean;
}

/**
 * A currency of the reference data. Its descriptive data comes from the seeded source and never changes
 * through commands; only `active` does, raising an event other contexts may react to.
 */
export class Currency extends AggregateRoot<CurrencyState> {
  private constructor(state: CurrencyState) {
    super(state);
  }

  /** Rebuilds a stored currency; no rule is re-run and no event raised. */
  static restore(state: CurrencyState): Currency {
    return new Currency(state);
  }

  get numeric(): string {
    return this.state.numeric;
  }

  get name(): string {
    return this.state.name;
  }

  get minorUnits(): number | null {
    return this.state.minorUnits;
  }

  get symbol(): string | null {
    return this.state.symbol;
  }

  get active(): boolean {
    return this.state.active;
  }

  /** Withdraws the currency from the platform. */
  deactivate(): void {
    if (!this.state.active) throw new CurrencyAlreadyInactive(this.id);
    this.state = { ...this.state, active: false };
    this.apply(new CurrencyDeactivated({ code: this.id }));
  }

  /** Accepts a withdrawn currency again. */
  activate(): void {
    if (this.state.active) throw new CurrencyAlreadyActive(this.id);
    this.state = { ...this.state, active: true };
    this.apply(new CurrencyActivated({ code: this.id }));
  }
}
