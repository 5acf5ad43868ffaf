import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler, UnrecoverableEventError } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { PaymentReconciliationDue } from '../../domain/events/payment-reconciliation-due.event';
import { CapturedPaymentUnrecorded } from '../../domain/payment/payment.errors';
import { ReconcilePayment } from '../reconcile-payment/reconcile-payment.command';

/**
 * A charge the provider did not answer, delivered by the transport's scheduler when its reconciliation is due
 * (survives a restart). Nothing cancels it when a webhook settles the payment first: the command checks.
 */
@EventHandler('billing.reconcile-payment-on-payment-reconciliation-due', PaymentReconciliationDue)
export class ReconcilePaymentOnPaymentReconciliationDue implements IEventHandler<PaymentReconciliationDue> {
  constructor(private readonly commands: TransactionalCommandBus) {}

  async handle(event: PaymentReconciliationDue): Promise<void> {
    try {
      await this.commands.execute(new ReconcilePayment(event.payload.paymentId, event.payload.attempt));
    } catch (error) {
      // Captured money the books refuse: retries cannot help, and the dead letter keeps it in front of someone.
      if (error instanceof CapturedPaymentUnrecorded) throw new UnrecoverableEventError(error.message, { cause: error });
      throw error;
    }
  }
}
