import { grants } from './permission';

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
   * holds `permission:any`, otherwise only their own.
   */
  ownerScope(permission: string): string | undefined {
    return this.can(`${permission}:any`) ? undefined : this.userId;
  }
}
