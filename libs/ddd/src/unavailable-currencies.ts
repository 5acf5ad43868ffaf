export const UNAVAILABLE_CURRENCIES = Symbol('UnavailableCurrencies');

/**
 * The currencies a context no longer accepts for new business, as Reference announced them; each context keeps
 * its own record (its own table). Every change names the sequence of the announcement (per currency: 1, 2, …);
 * a change older than the last one applied is ignored, so replays and late deliveries end in the state of the
 * latest announcement.
 */
export interface UnavailableCurrencies {
  isUnavailable(currency: string): Promise<boolean>;
  markUnavailable(currency: string, sequence: number): Promise<void>;
  markAvailable(currency: string, sequence: number): Promise<void>;
}
