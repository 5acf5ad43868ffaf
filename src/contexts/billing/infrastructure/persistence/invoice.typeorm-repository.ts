import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork, uniqueViolation } from '@promenade/persistence';
import { FindOptionsWhere } from 'typeorm';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { InvoiceNotFound, InvoiceSourceReferenceTaken } from '../../domain/invoice/invoice.errors';
import { InvoiceFilter, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { invoiceMapper } from './invoice.mapper';
import { InvoiceModel } from './invoice.model';

/** The unique index on source_reference, named in the migration. */
const ONE_INVOICE_PER_SOURCE = 'UQ_invoices_source_reference';

@Injectable()
export class InvoiceTypeOrmRepository extends TypeOrmAggregateRepository<Invoice, InvoiceModel> implements InvoiceRepository {
  constructor(uow: UnitOfWork) {
    super(uow, InvoiceModel, invoiceMapper);
  }

  async getById(id: string, ownerId?: string): Promise<Invoice> {
    // An undefined ownerId drops out of the WHERE clause: any owner.
    const row = await this.models.findOneBy({ id, customerId: ownerId });
    if (!row) throw new InvoiceNotFound(id);
    return invoiceMapper.toDomain(row);
  }

  /** Row locks need the command's transaction: outside one they would end with the statement. */
  async lockById(id: string, ownerId?: string): Promise<Invoice> {
    const row = await this.models.findOne({ where: { id, customerId: ownerId }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new InvoiceNotFound(id);
    return invoiceMapper.toDomain(row);
  }

  async findBySourceReference(sourceReference: string): Promise<Invoice | null> {
    const row = await this.models.findOneBy({ sourceReference });
    return row ? invoiceMapper.toDomain(row) : null;
  }

  async findPage(filter: InvoiceFilter, offset: number, limit: number): Promise<{ items: Invoice[]; total: number }> {
    const where: FindOptionsWhere<InvoiceModel> = { customerId: filter.customerId, status: filter.status, kind: filter.kind };
    return this.findPageWhere(where, offset, limit);
  }

  /** Callers look the source reference up first; two at once both pass that, and the index stops the second. */
  override async save(invoice: Invoice): Promise<void> {
    try {
      await super.save(invoice);
    } catch (error) {
      if (uniqueViolation(error) === ONE_INVOICE_PER_SOURCE && invoice.sourceReference !== null) {
        throw new InvoiceSourceReferenceTaken(invoice.sourceReference);
      }
      throw error;
    }
  }
}
