import { AggregateMapper } from '@promenade/persistence';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { InvoiceModel } from './invoice.model';

export const invoiceMapper: AggregateMapper<Invoice, InvoiceModel> = {
  toDomain(model) {
    return Invoice.restore({ id: model.id, version: model.version, createdAt: model.createdAt, updatedAt: model.updatedAt });
  },

  toModel(invoice) {
    return Object.assign(new InvoiceModel(), { id: invoice.id, createdAt: invoice.createdAt });
  },
};
