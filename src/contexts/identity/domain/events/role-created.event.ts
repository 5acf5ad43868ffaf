import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface RoleCreatedPayload {
  roleId: string;
  name: string;
  description: string;
  permissions: string[];
}

/** A custom role came into being (system roles live in code and raise nothing). */
export class RoleCreated extends DomainEvent<RoleCreatedPayload> {
  static readonly eventName = 'identity.role-created';
  static readonly eventVersion = 1;

  constructor(payload: RoleCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.roleId, payload, metadata);
  }
}
