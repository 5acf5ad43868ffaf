import { AggregateRoot, newId } from '@promenade/ddd';
import { PaymentCreated } from '../events/payment-created.event';
import { PaymentRefunded } from '../events/payment-refunded.event';
import { PaymentConfirmed } from '../events/payment-confirmed.event';

export interface PaymentState {
  id: string;
  version: number;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** Payment: its rules live here, as methods that check them and raise events. */
export class Payment extends AggregateRoot<PaymentState> {
  private constructor(state: PaymentState) {
    super(state);
  }

  static create(now = new Date()): Payment {
    const payment = new Payment({ id: newId(), version: 0, createdAt: now, updatedAt: now });
    payment.apply(new PaymentCreated({ paymentId: payment.id, createdAt: now.toISOString() }));
    return payment;
  }

  /** Rebuilds a stored payment; no rule is re-run and no event raised. */
  static restore(state: PaymentState): Payment {
    return new Payment(state);
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /** Refund this payment. Check the rule that allows it here, before the event. */
  refund(now = new Date()): void {
    this.apply(new PaymentRefunded({ paymentId: this.id, refundedAt: now.toISOString() }));
  }

  /** Confirm this payment. Check the rule that allows it here, before the event. */
  confirm(now = new Date()): void {
    this.apply(new PaymentConfirmed({ paymentId: this.id, confirmedAt: now.toISOString() }));
  }
}
