import { InvoiceNotFound, InvoiceNotPayable, PaymentExceedsBalance } from '../invoice/invoice.errors';
import { PaymentMethodNotFound, PaymentMethodUnusable } from '../payment-method/payment-method.errors';
import { isChargeRefusal } from './charge-refusal';
import { InvoicePaymentOpen } from './payment.errors';

describe('isChargeRefusal', () => {
  it.each([
    new PaymentMethodNotFound('m'),
    new PaymentMethodUnusable('m', 'acme', 'sandbox'),
    new InvoiceNotPayable('i', 'invoice', 'void'),
    new InvoicePaymentOpen('i', 100n, 'charged again'),
  ])('takes %p for a refusal the requester must learn of', (error) => {
    expect(isChargeRefusal(error)).toBe(true);
  });

  it.each([new InvoiceNotFound('i'), new PaymentExceedsBalance('i', 2n, 1n), new Error('connection lost')])(
    "leaves %p to be thrown: an unknown invoice or a bad amount is the sender's fault, anything else a technical one",
    (error) => {
      expect(isChargeRefusal(error)).toBe(false);
    },
  );
});
