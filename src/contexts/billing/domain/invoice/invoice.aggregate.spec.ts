import { InvoiceCreated } from '../events/invoice-created.event';
import { Invoice } from './invoice.aggregate';

describe('Invoice', () => {
  it('is created with a new id and raises InvoiceCreated', () => {
    const invoice = Invoice.create(new Date('2026-01-01T00:00:00Z'));
    expect(invoice.isNew).toBe(true);
    const [event] = invoice.pullEvents();
    expect(event).toBeInstanceOf(InvoiceCreated);
    expect(event.eventName).toBe('billing.invoice-created');
    expect((event as InvoiceCreated).payload).toEqual({ invoiceId: invoice.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const state = {
      id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      version: 3,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-02T00:00:00Z'),
    };
    const invoice = Invoice.restore(state);
    expect(invoice.snapshot()).toEqual(state);
    expect(invoice.pullEvents()).toEqual([]);
  });
});
