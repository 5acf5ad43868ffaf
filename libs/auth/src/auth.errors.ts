import { DomainError } from '@promenade/ddd';

/** No valid access token. One message for every cause, so a client learns nothing about why. */
export class Unauthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  readonly kind = 'unauthenticated';

  constructor() {
    super('A valid bearer access token is required.');
  }
}

export class PermissionDenied extends DomainError {
  readonly code = 'PERMISSION_DENIED';
  readonly kind = 'forbidden';

  constructor(permission?: string) {
    super(permission ? `This needs the permission ${permission}.` : 'This route declares no permission, so nobody may call it.');
  }
}
