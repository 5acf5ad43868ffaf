import { AggregateRoot } from '@promenade/ddd';
import { CountryActivated } from '../events/country-activated.event';
import { CountryDeactivated } from '../events/country-deactivated.event';
import { CountryAlreadyActive, CountryAlreadyInactive } from './country.errors';

/** A country as the ISO 3166-1 data describes it, plus whether the platform offers it. */
export interface CountryState {
  /** ISO 3166-1 alpha-2, upper case. */
  id: string;
  version: number;
  alpha3: string;
  numeric: string;
  name: string;
  officialName: string;
  currencies: string[];
  callingCodes: string[];
  region: string;
  subregion: string | null;
  active: boolean;
}

/**
 * A country of the reference data. Its descriptive data comes from the seeded source and never changes
 * through commands; only `active` does, raising an event other contexts may react to.
 */
export class Country extends AggregateRoot<CountryState> {
  private constructor(state: CountryState) {
    super(state);
  }

  /** Rebuilds a stored country; no rule is re-run and no event raised. */
  static restore(state: CountryState): Country {
    return new Country(state);
  }

  get alpha3(): string {
    return this.state.alpha3;
  }

  get numeric(): string {
    return this.state.numeric;
  }

  get name(): string {
    return this.state.name;
  }

  get officialName(): string {
    return this.state.officialName;
  }

  get currencies(): readonly string[] {
    return this.state.currencies;
  }

  get callingCodes(): readonly string[] {
    return this.state.callingCodes;
  }

  get region(): string {
    return this.state.region;
  }

  get subregion(): string | null {
    return this.state.subregion;
  }

  get active(): boolean {
    return this.state.active;
  }

  /** Withdraws the country from the platform. */
  deactivate(): void {
    if (!this.state.active) throw new CountryAlreadyInactive(this.id);
    this.state = { ...this.state, active: false };
    this.apply(new CountryDeactivated({ code: this.id }));
  }

  /** Offers a withdrawn country again. */
  activate(): void {
    if (this.state.active) throw new CountryAlreadyActive(this.id);
    this.state = { ...this.state, active: true };
    this.apply(new CountryActivated({ code: this.id }));
  }
}
