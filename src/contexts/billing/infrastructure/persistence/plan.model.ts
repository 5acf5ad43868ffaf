import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'billing', name: 'plans' })
export class PlanModel extends VersionedModel {}
