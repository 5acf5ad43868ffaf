import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface RoleUpdatedPayload {
  roleId: string;
  name: string;
  /** The description and permissions as they now are, whole. */
  description: string;
  permissions: string[];
}

/** A custom role's description or permissions changed; its holders' tokens carry the new permissions at once. */
export class RoleUpdated extends DomainEvent<RoleUpdatedPayload> {
  static readonly eventName = 'identity.role-updated';
  static readonly eventVersion = 1;

  constructor(payload: RoleUpdatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.roleId, payload, metadata);
  }
}
