import { Command } from '@nestjs/cqrs';
import { Currency } from '../../domain/currency/currency.aggregate';

/** Accepts a withdrawn currency again; answers the currency as saved. */
export class ActivateCurrency extends Command<Currency> {
  constructor(
    /** ISO 4217 code, upper case. */
    readonly code: string,
  ) {
    super();
  }
}
