import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface UserRolesChangedPayload {
  userId: string;
  roles: string[];
}

/** A user's roles were replaced. */
export class UserRolesChanged extends DomainEvent<UserRolesChangedPayload> {
  static readonly eventName = 'identity.user-roles-changed';
  static readonly eventVersion = 1;

  constructor(payload: UserRolesChangedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.userId, payload, metadata);
  }
}
