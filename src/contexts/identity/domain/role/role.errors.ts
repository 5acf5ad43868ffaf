import { domainError } from '@promenade/ddd';

export class RoleNotFound extends domainError('ROLE_NOT_FOUND', 'not_found') {
  constructor(name: string) {
    super(`role ${name} does not exist`);
  }
}

export class RoleNameInvalid extends domainError('ROLE_NAME_INVALID', 'invalid') {
  constructor(name: string) {
    super(`"${name}" is not a role name: 2-32 lowercase letters, digits or dashes, starting with a letter`);
  }
}

export class RoleDescriptionInvalid extends domainError('ROLE_DESCRIPTION_INVALID', 'invalid') {
  constructor(maxLength: number) {
    super(`a role description has at most ${maxLength} characters`);
  }
}

/** Taken by a custom role, or by a system role (whose names are reserved). */
export class RoleNameTaken extends domainError('ROLE_NAME_TAKEN', 'conflict') {
  constructor(name: string, reason: 'exists' | 'held' = 'exists') {
    super(reason === 'exists' ? `a role named ${name} already exists` : `users still hold a role named ${name}: take it from them first`);
  }
}

export class RoleSystemImmutable extends domainError('ROLE_SYSTEM_IMMUTABLE', 'conflict') {
  constructor(name: string) {
    super(`${name} is a system role: it cannot be changed or deleted`);
  }
}

export class RoleInUse extends domainError('ROLE_IN_USE', 'conflict') {
  constructor(name: string) {
    super(`role ${name} is still held by users; take it from them first`);
  }
}

/** A role named in a request (e.g. one to grant) that does not exist. */
export class RoleUnknown extends domainError('ROLE_UNKNOWN', 'invalid') {
  constructor(names: readonly string[]) {
    super(`no such role: ${names.join(', ')}`);
  }
}

/** Not in the permission catalog; `*:*` counts as unknown, being the superadmin's alone. */
export class PermissionUnknown extends domainError('PERMISSION_UNKNOWN', 'invalid') {
  constructor(permissions: readonly string[]) {
    super(`not in the permission catalog: ${permissions.join(', ')}`);
  }
}
