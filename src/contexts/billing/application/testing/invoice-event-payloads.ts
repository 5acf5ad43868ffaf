import { CreditNoteIssuedPayload } from '../../domain/events/credit-note-issued.event';
import { InvoiceIssuedPayload } from '../../domain/events/invoice-issued.event';
import { InvoicePaidPayload } from '../../domain/events/invoice-paid.event';
import { InvoiceVoidedPayload } from '../../domain/events/invoice-voided.event';

/** One example payload per invoice event, shared by the event specs and the publication specs. */
export const DOCUMENT_ID = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164';
const ID = DOCUMENT_ID;
const INVOICE = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165';
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

export const invoiceIssued: InvoiceIssuedPayload = {
  invoiceId: ID,
  number: 'INV-2026-000001',
  customerId: CUSTOMER,
  currency: 'EUR',
  subtotal: { amount: 2000, currency: 'EUR' },
  taxTotal: { amount: 400, currency: 'EUR' },
  total: { amount: 2400, currency: 'EUR' },
  dueDate: '2026-02-15',
  sourceReference: null,
  issuedAt: '2026-01-15T10:00:00.000Z',
};

export const invoicePaid: InvoicePaidPayload = {
  invoiceId: ID,
  number: 'INV-2026-000001',
  customerId: CUSTOMER,
  currency: 'EUR',
  total: { amount: 2400, currency: 'EUR' },
  amountPaid: { amount: 2400, currency: 'EUR' },
  paidAt: '2026-01-20T12:00:00.000Z',
};

export const invoiceVoided: InvoiceVoidedPayload = {
  invoiceId: ID,
  number: 'INV-2026-000001',
  customerId: CUSTOMER,
  currency: 'EUR',
  total: { amount: 2400, currency: 'EUR' },
  voidedAt: '2026-01-20T12:00:00.000Z',
};

export const creditNoteIssued: CreditNoteIssuedPayload = {
  creditNoteId: ID,
  number: 'CN-2026-000001',
  invoiceId: INVOICE,
  invoiceNumber: 'INV-2026-000001',
  customerId: CUSTOMER,
  currency: 'EUR',
  total: { amount: 500, currency: 'EUR' },
  reason: 'Goods returned',
  issuedAt: '2026-01-20T12:00:00.000Z',
};
