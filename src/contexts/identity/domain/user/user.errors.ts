import { domainError } from '@promenade/ddd';
import { UserStatus } from './user-status';

export class UserNotFound extends domainError('USER_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`user ${id} does not exist`);
  }
}

export class EmailAlreadyRegistered extends domainError('EMAIL_ALREADY_REGISTERED', 'conflict') {
  constructor() {
    super('This email address is already registered; log in, or use another address.');
  }
}

export class UserInvalidTransition extends domainError('USER_INVALID_TRANSITION', 'conflict') {
  constructor(action: string, status: UserStatus) {
    super(`cannot ${action} a user who is ${status}`);
  }
}

export class UserNotLocked extends domainError('USER_NOT_LOCKED', 'conflict') {
  constructor() {
    super('the user is not locked');
  }
}

export class UserRolesInvalid extends domainError('USER_ROLES_INVALID', 'invalid') {
  constructor(reason: string) {
    super(reason);
  }
}
