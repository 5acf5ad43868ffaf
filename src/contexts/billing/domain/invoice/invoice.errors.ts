import { domainError } from '@promenade/ddd';
import { InvoiceKind, InvoiceStatus } from './invoice-status';

export class InvoiceNotFound extends domainError('INVOICE_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`invoice ${id} does not exist`);
  }
}

export class InvoiceNotDraft extends domainError('INVOICE_NOT_DRAFT', 'conflict') {
  constructor(id: string, status: InvoiceStatus, action: string) {
    super(`invoice ${id} is ${status}; ${action} only while it is a draft`);
  }
}

export class InvoiceEmpty extends domainError('INVOICE_EMPTY', 'conflict') {
  constructor(id: string) {
    super(`invoice ${id} has no lines; add at least one before issuing it`);
  }
}

export class InvoiceNotPayable extends domainError('INVOICE_NOT_PAYABLE', 'conflict') {
  constructor(id: string, kind: InvoiceKind, status: InvoiceStatus) {
    super(
      `${kind === 'credit_note' ? 'credit note' : 'invoice'} ${id} is ${status}; only an issued or partially paid invoice takes payments`,
    );
  }
}

export class PaymentExceedsBalance extends domainError('PAYMENT_EXCEEDS_BALANCE', 'invalid') {
  constructor(id: string, amount: bigint, open: bigint) {
    super(`a payment of ${amount} minor units exceeds the ${open} still open on invoice ${id}`);
  }
}

export class InvoiceAmountInvalid extends domainError('INVOICE_AMOUNT_INVALID', 'invalid') {}

export class InvoiceNotVoidable extends domainError('INVOICE_NOT_VOIDABLE', 'conflict') {
  constructor(
    id: string,
    /** The invoice's status: `void` tells a repeated request from one that came too late (paid) or to a credit note. */
    readonly status: InvoiceStatus,
    reason: string,
  ) {
    super(`invoice ${id} cannot be voided: ${reason}`);
  }
}

export class InvoiceNotCreditable extends domainError('INVOICE_NOT_CREDITABLE', 'conflict') {
  constructor(id: string, reason: string) {
    super(`invoice ${id} cannot be credited: ${reason}`);
  }
}

export class CreditExceedsCreditable extends domainError('CREDIT_EXCEEDS_CREDITABLE', 'invalid') {
  constructor(id: string, amount: bigint, creditable: bigint) {
    super(`a credit of ${amount} minor units exceeds the ${creditable} paid and not yet credited on invoice ${id}`);
  }
}

export class CreditReasonRequired extends domainError('CREDIT_REASON_REQUIRED', 'invalid') {
  constructor() {
    super('a credit note needs a non-empty reason');
  }
}

export class InvoiceLineInvalid extends domainError('INVOICE_LINE_INVALID', 'invalid') {}

export class InvoiceLineCurrencyMismatch extends domainError('INVOICE_LINE_CURRENCY_MISMATCH', 'invalid') {
  constructor(lineCurrency: string, invoiceCurrency: string) {
    super(`a line is priced in ${lineCurrency} but the invoice is in ${invoiceCurrency}`);
  }
}

export class InvoiceDueDateInvalid extends domainError('INVOICE_DUE_DATE_INVALID', 'invalid') {
  constructor(value: string) {
    super(`${value} is not a calendar date (YYYY-MM-DD)`);
  }
}

export class InvoiceSourceReferenceTaken extends domainError('INVOICE_SOURCE_REFERENCE_TAKEN', 'conflict') {
  constructor(sourceReference: string) {
    super(`an invoice for ${sourceReference} already exists`);
  }
}

/** An order invoiced before, for another customer or total: the order's id was reused or its invoice is not this one. */
export class InvoiceOrderMismatch extends domainError('INVOICE_ORDER_MISMATCH', 'conflict') {
  constructor(orderId: string, invoiceId: string, what: 'customer' | 'total') {
    super(`order ${orderId} was invoiced before (invoice ${invoiceId}) with another ${what}`);
  }
}

/** Reference withdrew the currency: new invoices may not use it (documents opened before keep theirs). */
export class InvoiceCurrencyUnavailable extends domainError('INVOICE_CURRENCY_UNAVAILABLE', 'invalid') {
  constructor(currency: string) {
    super(`${currency} is not accepted for new invoices`);
  }
}
