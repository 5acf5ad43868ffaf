import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface RoleDeletedPayload {
  roleId: string;
  name: string;
}

/** A custom role that nobody held any more was deleted; its name is free again. */
export class RoleDeleted extends DomainEvent<RoleDeletedPayload> {
  static readonly eventName = 'identity.role-deleted';
  static readonly eventVersion = 1;

  constructor(payload: RoleDeletedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.roleId, payload, metadata);
  }
}
