import { grants } from '@promenade/ddd';
import { PermissionDenied } from './auth.errors';

/** Who is calling: an authenticated user, the permissions their roles give, and the token they used. */
export class Principal {
  constructor(
    readonly userId: string,
    readonly permissions: readonly string[],
    readonly token: { id: string; sessionId: string; expiresAt: Date },
  ) {}

  can(permission: string): boolean {
    return this.permissions.some((granted) => grants(granted, permission));
  }

  /**
   * Whose resources a request may reach with `permission`: everyone's (undefined) when the caller also
   * holds `permission:any`, otherwise only their own. A user the client names (a list filter) narrows
   * it to that user; naming anyone but yourself needs `permission:any`, else PermissionDenied (403: the
   * name is the client's own claim and reveals nothing stored).
   */
  ownerScope(permission: string, requestedUserId?: string): string | undefined {
    const ownScope = this.can(`${permission}:any`) ? undefined : this.userId;
    if (requestedUserId === undefined) return ownScope;
    if (ownScope !== undefined && requestedUserId !== ownScope) throw new PermissionDenied(`${permission}:any`);
    return requestedUserId;
  }

  /**
   * The user a request acts for (whose new order or contact it is): the one the client names, checked
   * as in `ownerScope`, or the caller when none is named.
   */
  actFor(permission: string, requestedUserId?: string): string {
    return this.ownerScope(permission, requestedUserId) ?? this.userId;
  }
}
