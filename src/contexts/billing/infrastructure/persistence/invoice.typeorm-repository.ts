import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { InvoiceNotFound } from '../../domain/invoice/invoice.errors';
import { InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { invoiceMapper } from './invoice.mapper';
import { InvoiceModel } from './invoice.model';

@Injectable()
export class InvoiceTypeOrmRepository extends TypeOrmAggregateRepository<Invoice, InvoiceModel> implements InvoiceRepository {
  constructor(uow: UnitOfWork) {
    super(uow, InvoiceModel, invoiceMapper);
  }

  async getById(id: string): Promise<Invoice> {
    const invoice = await this.findById(id);
    if (!invoice) throw new InvoiceNotFound(id);
    return invoice;
  }
}
