import { Currency } from './currency';
import { domainError } from './domain-error';
import { ValueObject } from './value-object';

export class MoneyCurrencyMismatch extends domainError('MONEY_CURRENCY_MISMATCH', 'invalid') {
  constructor(left: Currency, right: Currency) {
    super(`cannot combine ${left.code} with ${right.code}`);
  }
}

export class InvalidMoneyAmount extends domainError('MONEY_AMOUNT_INVALID', 'invalid') {
  constructor(amount: number | bigint) {
    super(`${amount} is not a whole number of minor units within the safe range`);
  }
}

/**
 * An amount in integer minor units (cents for EUR, yen for JPY) of one currency. Never a float:
 * arithmetic is done on bigint and every result is checked to stay a safe JSON integer.
 */
export class Money extends ValueObject<{ minor: bigint; currency: Currency }> {
  static of(minor: number | bigint, currency: Currency | string): Money {
    if (typeof minor === 'number' && !Number.isSafeInteger(minor)) throw new InvalidMoneyAmount(minor);
    const amount = BigInt(minor);
    if (amount > BigInt(Number.MAX_SAFE_INTEGER) || amount < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new InvalidMoneyAmount(amount);
    }
    return new Money({ minor: amount, currency: typeof currency === 'string' ? Currency.of(currency) : currency });
  }

  static zero(currency: Currency | string): Money {
    return Money.of(0, currency);
  }

  get minor(): bigint {
    return this.props.minor;
  }

  /** The amount as a JSON-safe integer (guaranteed by the range check in `of`). */
  get amount(): number {
    return Number(this.props.minor);
  }

  get currency(): Currency {
    return this.props.currency;
  }

  isNegative(): boolean {
    return this.props.minor < 0n;
  }

  add(other: Money): Money {
    this.assertSameCurrency(other);
    return Money.of(this.props.minor + other.props.minor, this.currency);
  }

  multiply(factor: number): Money {
    if (!Number.isSafeInteger(factor)) throw new InvalidMoneyAmount(factor);
    return Money.of(this.props.minor * BigInt(factor), this.currency);
  }

  toJSON(): { amount: number; currency: string } {
    return { amount: this.amount, currency: this.currency.code };
  }

  private assertSameCurrency(other: Money): void {
    if (!this.currency.equals(other.currency)) throw new MoneyCurrencyMismatch(this.currency, other.currency);
  }
}
