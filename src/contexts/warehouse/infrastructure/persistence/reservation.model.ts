import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'warehouse', name: 'reservations' })
export class ReservationModel extends VersionedModel {}
