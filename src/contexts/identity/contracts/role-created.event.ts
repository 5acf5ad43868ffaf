import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface RoleCreatedPayload {
  roleId: string;
  createdAt: string;
}

/** A role came into being. */
export class RoleCreated extends DomainEvent<RoleCreatedPayload> {
  static readonly eventName = 'identity.role-created';
  static readonly eventVersion = 1;

  constructor(payload: RoleCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.roleId, payload, metadata);
  }
}
