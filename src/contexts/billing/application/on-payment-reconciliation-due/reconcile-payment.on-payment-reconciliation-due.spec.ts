import { eventHandlerOf, UnrecoverableEventError } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { PaymentReconciliationDue } from '../../domain/events/payment-reconciliation-due.event';
import { CapturedPaymentUnrecorded } from '../../domain/payment/payment.errors';
import { ReconcilePayment } from '../reconcile-payment/reconcile-payment.command';
import { ReconcilePaymentOnPaymentReconciliationDue } from './reconcile-payment.on-payment-reconciliation-due';

describe('ReconcilePaymentOnPaymentReconciliationDue', () => {
  it('subscribes to billing.payment-reconciliation-due under its stable id', () => {
    expect(eventHandlerOf(ReconcilePaymentOnPaymentReconciliationDue)).toEqual({
      id: 'billing.reconcile-payment-on-payment-reconciliation-due',
      events: [PaymentReconciliationDue],
    });
  });

  it('sends ReconcilePayment for the payment and attempt that fell due', async () => {
    const execute = jest.fn().mockResolvedValue(undefined);
    const reaction = new ReconcilePaymentOnPaymentReconciliationDue({ execute } as unknown as TransactionalCommandBus);

    await reaction.handle(new PaymentReconciliationDue({ paymentId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', attempt: 3 }));

    expect(execute).toHaveBeenCalledWith(new ReconcilePayment('0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', 3));
  });

  it('dead-letters at once a capture the books refuse (UnrecoverableEventError), and lets any other error be retried', async () => {
    const refused = new CapturedPaymentUnrecorded('p', 'i', 'invoice i is void');
    const execute = jest.fn().mockRejectedValueOnce(refused).mockRejectedValueOnce(new Error('connection lost'));
    const reaction = new ReconcilePaymentOnPaymentReconciliationDue({ execute } as unknown as TransactionalCommandBus);
    const due = new PaymentReconciliationDue({ paymentId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', attempt: 1 });

    await expect(reaction.handle(due)).rejects.toEqual(expect.any(UnrecoverableEventError));
    await expect(reaction.handle(due)).rejects.not.toBeInstanceOf(UnrecoverableEventError);
  });
});
