import { aDraftInvoice, CUSTOMER, OTHER_CUSTOMER } from '../testing/invoice-fixtures';
import { InMemoryInvoiceRepository } from '../testing/in-memory-invoice.repository';
import { GetInvoice } from './get-invoice.query';
import { GetInvoiceHandler } from './get-invoice.handler';

describe('GetInvoiceHandler', () => {
  const invoice = aDraftInvoice();
  const handler = new GetInvoiceHandler(new InMemoryInvoiceRepository().seed(invoice));

  it('answers the stored invoice to any caller and to its customer', async () => {
    expect((await handler.execute(new GetInvoice(invoice.id))).id).toBe(invoice.id);
    expect((await handler.execute(new GetInvoice(invoice.id, CUSTOMER))).id).toBe(invoice.id);
  });

  it("answers INVOICE_NOT_FOUND for another customer's invoice, as for a missing one", async () => {
    await expect(handler.execute(new GetInvoice(invoice.id, OTHER_CUSTOMER))).rejects.toMatchObject({ code: 'INVOICE_NOT_FOUND' });
    await expect(handler.execute(new GetInvoice('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({
      code: 'INVOICE_NOT_FOUND',
    });
  });
});
