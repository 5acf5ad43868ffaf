import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { InMemoryInvoiceRepository } from '../testing/in-memory-invoice.repository';
import { GetInvoice } from './get-invoice.query';
import { GetInvoiceHandler } from './get-invoice.handler';

describe('GetInvoiceHandler', () => {
  const stored = Invoice.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });
  const handler = new GetInvoiceHandler(new InMemoryInvoiceRepository().seed(stored));

  it('answers the stored invoice', async () => {
    expect((await handler.execute(new GetInvoice(stored.id))).snapshot()).toEqual(stored.snapshot());
  });

  it('refuses an unknown id with INVOICE_NOT_FOUND', async () => {
    await expect(handler.execute(new GetInvoice('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({
      code: 'INVOICE_NOT_FOUND',
    });
  });
});
