import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'billing', name: 'subscriptions' })
export class SubscriptionModel extends VersionedModel {}
