import { Command } from '@nestjs/cqrs';
import { Currency } from '../../domain/currency/currency.aggregate';

/** Withdraws a currency from the platform; answers the currency as saved. */
export class DeactivateCurrency extends Command<Currency> {
  constructor(
    /** ISO 4217 code, upper case. */
    readonly code: string,
  ) {
    super();
  }
}
