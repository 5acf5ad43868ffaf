import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'billing', name: 'payment_methods' })
export class PaymentMethodModel extends VersionedModel {}
