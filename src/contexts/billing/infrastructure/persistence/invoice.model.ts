import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'billing', name: 'invoices' })
export class InvoiceModel extends VersionedModel {}
