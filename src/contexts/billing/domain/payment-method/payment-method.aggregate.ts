import { AggregateRoot, newId } from '@promenade/ddd';
import { PaymentMethodInvalid } from './payment-method.errors';

/** A provider's token (`pm_card_ok`, `tok_1Nx…`): an opaque reference, never a card number. */
export const PAYMENT_TOKEN_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{2,254}$/;
/** Thirteen or more digits in a row, spaces or dashes between them allowed: what a card number looks like. */
const CARD_NUMBER = /\d(?:[ -]?\d){12,}/;
export const PAYMENT_METHOD_LABEL_MAX_LENGTH = 100;

export interface PaymentMethodState {
  id: string;
  version: number;
  customerId: string;
  provider: string;
  token: string;
  label: string;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
  deletedAt: Date | null;
}

export interface NewPaymentMethod {
  customerId: string;
  provider: string;
  token: string;
  label: string;
}

/**
 * A customer's way to pay, kept as the provider's token only: the card itself stays with the provider. Deleted
 * methods are kept (past payments name them) but cannot pay and are not listed.
 */
export class PaymentMethod extends AggregateRoot<PaymentMethodState> {
  private constructor(state: PaymentMethodState) {
    super(state);
  }

  static create({ customerId, provider, token, label }: NewPaymentMethod, now: Date): PaymentMethod {
    if (!PAYMENT_TOKEN_PATTERN.test(token) || CARD_NUMBER.test(token))
      throw new PaymentMethodInvalid('the token must be the provider token of the method (letters, digits, _ and -), never a card number');
    const trimmed = label.trim();
    if (trimmed.length === 0 || trimmed.length > PAYMENT_METHOD_LABEL_MAX_LENGTH || CARD_NUMBER.test(trimmed))
      throw new PaymentMethodInvalid(`the label must be 1 to ${PAYMENT_METHOD_LABEL_MAX_LENGTH} characters, and no card number`);
    return new PaymentMethod({
      id: newId(),
      version: 0,
      customerId,
      provider,
      token,
      label: trimmed,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
  }

  /** Rebuilds a stored payment method; no rule is re-run and no event raised. */
  static restore(state: PaymentMethodState): PaymentMethod {
    return new PaymentMethod(state);
  }

  get customerId(): string {
    return this.state.customerId;
  }

  get provider(): string {
    return this.state.provider;
  }

  get token(): string {
    return this.state.token;
  }

  get label(): string {
    return this.state.label;
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  get deletedAt(): Date | null {
    return this.state.deletedAt;
  }

  /** Removes it from the customer's methods (the repository no longer finds it); payments made with it stay. */
  delete(now: Date): void {
    this.state = { ...this.state, deletedAt: this.state.deletedAt ?? now };
  }
}
