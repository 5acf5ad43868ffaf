import { UnavailableCurrencies } from '../unavailable-currencies';

/** A unit-test stand-in for the unavailable-currencies store, with the same rule: the latest sequence wins. */
export class InMemoryUnavailableCurrencies implements UnavailableCurrencies {
  private readonly latest = new Map<string, { unavailable: boolean; sequence: number }>();

  async isUnavailable(currency: string): Promise<boolean> {
    return this.latest.get(currency)?.unavailable ?? false;
  }

  async markUnavailable(currency: string, sequence: number): Promise<void> {
    this.record(currency, true, sequence);
  }

  async markAvailable(currency: string, sequence: number): Promise<void> {
    this.record(currency, false, sequence);
  }

  private record(currency: string, unavailable: boolean, sequence: number): void {
    const known = this.latest.get(currency);
    if (!known || known.sequence < sequence) this.latest.set(currency, { unavailable, sequence });
  }
}
