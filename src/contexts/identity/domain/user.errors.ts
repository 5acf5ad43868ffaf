import { DomainError } from '@promenade/ddd';
import { UserStatus } from './user-status';

export class UserNotFound extends DomainError {
  readonly code = 'USER_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`user ${id} does not exist`);
  }
}

export class EmailAlreadyRegistered extends DomainError {
  readonly code = 'EMAIL_ALREADY_REGISTERED';
  readonly kind = 'conflict';
  constructor() {
    super('This email address is already registered; log in, or use another address.');
  }
}

export class UserInvalidTransition extends DomainError {
  readonly code = 'USER_INVALID_TRANSITION';
  readonly kind = 'conflict';
  constructor(action: string, status: UserStatus) {
    super(`cannot ${action} a user who is ${status}`);
  }
}

export class UserNotLocked extends DomainError {
  readonly code = 'USER_NOT_LOCKED';
  readonly kind = 'conflict';
  constructor() {
    super('the user is not locked');
  }
}

export class UserRolesInvalid extends DomainError {
  readonly code = 'USER_ROLES_INVALID';
  readonly kind = 'invalid';
  constructor(reason: string) {
    super(reason);
  }
}
