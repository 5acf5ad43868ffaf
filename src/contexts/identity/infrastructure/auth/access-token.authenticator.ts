import { Inject, Injectable } from '@nestjs/common';
import { Authenticator, Principal, Unauthenticated } from '@promenade/auth';
import { ACCESS_TOKEN_DENY_LIST, AccessTokenDenyList } from '../../application/auth/access-token-deny-list';
import { ROLE_REPOSITORY, RoleRepository } from '../../domain/role/role.repository';
import { SESSION_REPOSITORY, SessionRepository } from '../../domain/session/session.repository';
import { SELF_SERVICE } from '../../domain/role/system-roles';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { AccessTokenClaims, JwtAccessTokens } from './jwt-access-tokens';
import { PrincipalCache } from './principal-cache';

/**
 * Checks a bearer token on every request: signature, algorithm, issuer, audience, type and expiry;
 * not logged out; its session not revoked; its user still active and in the same session epoch.
 * Permissions come from the user's roles as they are now (plus every user's self-service ones). What the check
 * established is reused for the same token for PRINCIPAL_CACHE_TTL_MS (PrincipalCache): a role change, a suspension or a
 * logout takes effect on the next request on the instance that made it, and within that time on every other.
 */
@Injectable()
export class AccessTokenAuthenticator implements Authenticator {
  constructor(
    private readonly tokens: JwtAccessTokens,
    @Inject(ACCESS_TOKEN_DENY_LIST) private readonly denyList: AccessTokenDenyList,
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(ROLE_REPOSITORY) private readonly roles: RoleRepository,
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    private readonly cache: PrincipalCache,
  ) {}

  async authenticate(accessToken: string): Promise<Principal> {
    const known = this.cache.find(accessToken);
    if (known) return known;
    const started = this.cache.begin();
    const claims = await this.tokens.verify(accessToken).catch((): AccessTokenClaims => {
      throw new Unauthenticated();
    });
    if (await this.denyList.isDenied(claims.jti)) throw new Unauthenticated();
    const user = await this.users.find(claims.sub);
    if (!user || user.status !== 'active' || user.sessionEpoch !== claims.sep) throw new Unauthenticated();
    // A revoked session (logout, or a refresh token used twice) takes every access token issued from it along.
    const session = await this.sessions.find(claims.sid);
    if (!session || session.isRevoked || session.userId !== user.id) throw new Unauthenticated();
    const granted = (await this.roles.findByNames(user.roles)).flatMap((role) => role.permissions);
    const permissions = [...new Set([...SELF_SERVICE, ...granted])];
    const principal = new Principal(user.id, permissions, {
      id: claims.jti,
      sessionId: claims.sid,
      expiresAt: new Date(claims.exp * 1000),
    });
    this.cache.remember(accessToken, principal, started);
    return principal;
  }
}
