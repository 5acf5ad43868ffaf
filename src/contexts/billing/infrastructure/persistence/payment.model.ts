import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'billing', name: 'payments' })
export class PaymentModel extends VersionedModel {}
