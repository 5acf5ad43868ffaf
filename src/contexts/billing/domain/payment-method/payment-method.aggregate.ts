import { AggregateRoot, newId } from '@promenade/ddd';
import { PaymentMethodCreated } from '../events/payment-method-created.event';
import { PaymentMethodDeleted } from '../events/payment-method-deleted.event';

export interface PaymentMethodState {
  id: string;
  version: number;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** PaymentMethod: its rules live here, as methods that check them and raise events. */
export class PaymentMethod extends AggregateRoot<PaymentMethodState> {
  private constructor(state: PaymentMethodState) {
    super(state);
  }

  static create(now = new Date()): PaymentMethod {
    const paymentMethod = new PaymentMethod({ id: newId(), version: 0, createdAt: now, updatedAt: now });
    paymentMethod.apply(new PaymentMethodCreated({ paymentMethodId: paymentMethod.id, createdAt: now.toISOString() }));
    return paymentMethod;
  }

  /** Rebuilds a stored payment method; no rule is re-run and no event raised. */
  static restore(state: PaymentMethodState): PaymentMethod {
    return new PaymentMethod(state);
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /** Delete this payment method. Check the rule that allows it here, before the event. */
  delete(now = new Date()): void {
    this.apply(new PaymentMethodDeleted({ paymentMethodId: this.id, deletedAt: now.toISOString() }));
  }
}
