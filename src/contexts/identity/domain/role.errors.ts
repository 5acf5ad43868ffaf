import { DomainError } from '@promenade/ddd';

export class RoleNotFound extends DomainError {
  readonly code = 'ROLE_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(name: string) {
    super(`role ${name} does not exist`);
  }
}

export class RoleNameInvalid extends DomainError {
  readonly code = 'ROLE_NAME_INVALID';
  readonly kind = 'invalid';
  constructor(name: string) {
    super(`"${name}" is not a role name: 2-32 lowercase letters, digits or dashes, starting with a letter`);
  }
}

export class RoleDescriptionInvalid extends DomainError {
  readonly code = 'ROLE_DESCRIPTION_INVALID';
  readonly kind = 'invalid';
  constructor(maxLength: number) {
    super(`a role description has at most ${maxLength} characters`);
  }
}

/** Taken by a custom role, or by a system role (whose names are reserved). */
export class RoleNameTaken extends DomainError {
  readonly code = 'ROLE_NAME_TAKEN';
  readonly kind = 'conflict';
  constructor(name: string, reason: 'exists' | 'held' = 'exists') {
    super(reason === 'exists' ? `a role named ${name} already exists` : `users still hold a role named ${name}: take it from them first`);
  }
}

export class RoleSystemImmutable extends DomainError {
  readonly code = 'ROLE_SYSTEM_IMMUTABLE';
  readonly kind = 'conflict';
  constructor(name: string) {
    super(`${name} is a system role: it cannot be changed or deleted`);
  }
}

export class RoleInUse extends DomainError {
  readonly code = 'ROLE_IN_USE';
  readonly kind = 'conflict';
  constructor(name: string) {
    super(`role ${name} is still held by users; take it from them first`);
  }
}

/** A role named in a request (e.g. one to grant) that does not exist. */
export class RoleUnknown extends DomainError {
  readonly code = 'ROLE_UNKNOWN';
  readonly kind = 'invalid';
  constructor(names: readonly string[]) {
    super(`no such role: ${names.join(', ')}`);
  }
}

/** Not in the permission catalog; `*:*` counts as unknown, being the superadmin's alone. */
export class PermissionUnknown extends DomainError {
  readonly code = 'PERMISSION_UNKNOWN';
  readonly kind = 'invalid';
  constructor(permissions: readonly string[]) {
    super(`not in the permission catalog: ${permissions.join(', ')}`);
  }
}
