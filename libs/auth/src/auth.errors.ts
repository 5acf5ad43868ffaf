import { domainError } from '@promenade/ddd';

/** No valid access token. One message for every cause, so a client learns nothing about why. */
export class Unauthenticated extends domainError('UNAUTHENTICATED', 'unauthenticated') {
  constructor() {
    super('A valid bearer access token is required.');
  }
}

export class PermissionDenied extends domainError('PERMISSION_DENIED', 'forbidden') {
  constructor(permission?: string) {
    super(permission ? `This needs the permission ${permission}.` : 'This route declares no permission, so nobody may call it.');
  }
}
