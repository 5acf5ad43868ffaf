import { AggregateRoot, newId } from '@promenade/ddd';
import { CountryCreated } from '../contracts/country-created.event';
import { CountryDeactivated } from '../contracts/country-deactivated.event';
import { CountryActivated } from '../contracts/country-activated.event';

export interface CountryState {
  id: string;
  version: number;
  createdAt: Date;
}

/** Country: its rules live here, as methods that check them and raise events. */
export class Country extends AggregateRoot {
  private constructor(private state: CountryState) {
    super(state.id, state.version);
  }

  static create(now = new Date()): Country {
    const country = new Country({ id: newId(), version: 0, createdAt: now });
    country.apply(new CountryCreated({ countryId: country.id, createdAt: now.toISOString() }));
    return country;
  }

  /** Rebuilds a stored country; no rule is re-run and no event raised. */
  static restore(state: CountryState): Country {
    return new Country({ ...state });
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  /** Deactivate this country. Check the rule that allows it here, before the event. */
  deactivate(now = new Date()): void {
    this.apply(new CountryDeactivated({ countryId: this.id, deactivatedAt: now.toISOString() }));
  }

  /** Activate this country. Check the rule that allows it here, before the event. */
  activate(now = new Date()): void {
    this.apply(new CountryActivated({ countryId: this.id, activatedAt: now.toISOString() }));
  }
}
