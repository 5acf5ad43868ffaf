import { Money, ValueObject } from '@promenade/ddd';

/**
 * What a customer's delivered orders were worth: one sum per currency, ordered by currency code. Amounts in
 * different currencies are never added up (CRM has no exchange rates, and a rate of the day would rewrite history),
 * so a customer who bought in EUR and in GBP has two entries.
 */
export class LifetimeValue extends ValueObject<{ amounts: readonly Money[] }> {
  static none(): LifetimeValue {
    return new LifetimeValue({ amounts: [] });
  }

  static of(amounts: readonly Money[]): LifetimeValue {
    return amounts.reduce((value, amount) => value.plus(amount), LifetimeValue.none());
  }

  get amounts(): readonly Money[] {
    return this.props.amounts;
  }

  /** This value with `amount` added to the sum of its currency (a first entry for a new currency). */
  plus(amount: Money): LifetimeValue {
    const same = this.props.amounts.find((sum) => sum.currency.equals(amount.currency));
    const others = this.props.amounts.filter((sum) => sum !== same);
    const amounts = [...others, same ? same.add(amount) : amount];
    return new LifetimeValue({ amounts: amounts.sort((a, b) => a.currency.code.localeCompare(b.currency.code)) });
  }
}
