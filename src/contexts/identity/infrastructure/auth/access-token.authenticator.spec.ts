import { JwtService } from '@nestjs/jwt';
import { Unauthenticated } from '@promenade/auth';
import { AppConfig } from '@promenade/config';
import { Email } from '@promenade/ddd';
import { InMemoryRoleRepository } from '../../application/testing/in-memory-role.repository';
import { InMemoryUserRepository } from '../../application/testing/in-memory-user.repository';
import { InMemorySessionRepository } from '../../application/testing/in-memory-session.repository';
import { RefreshToken } from '../../domain/session/refresh-token';
import { Role } from '../../domain/role/role.aggregate';
import { Session } from '../../domain/session/session.aggregate';
import { SYSTEM_ROLES } from '../../domain/role/system-roles';
import { User } from '../../domain/user/user.aggregate';
import { AccessTokenAuthenticator } from './access-token.authenticator';
import { PrincipalCache } from './principal-cache';
import { signingKeyOptions } from './signing-key';
import { JwtAccessTokens } from './jwt-access-tokens';
import { MemoryAccessTokenDenyList } from './memory-access-token.deny-list';

describe('AccessTokenAuthenticator', () => {
  let users: InMemoryUserRepository;
  let roles: InMemoryRoleRepository;
  let denyList: MemoryAccessTokenDenyList;
  let sessions: InMemorySessionRepository;
  let tokens: JwtAccessTokens;
  let authenticator: AccessTokenAuthenticator;
  let cache: PrincipalCache;

  beforeEach(() => {
    users = new InMemoryUserRepository();
    roles = new InMemoryRoleRepository();
    denyList = new MemoryAccessTokenDenyList();
    sessions = new InMemorySessionRepository();
    tokens = new JwtAccessTokens(new JwtService(signingKeyOptions('a-test-secret-of-at-least-32-characters!')), new AppConfig());
    authenticator = new AccessTokenAuthenticator(tokens, denyList, users, roles, sessions, (cache = new PrincipalCache(new AppConfig())));
  });

  async function storedUser(change?: (user: User) => void): Promise<User> {
    const user = User.register({
      email: Email.of(`someone-${Math.random().toString(36).slice(2)}@example.com`),
      passwordHash: 'hashed:x',
      displayName: 'Someone',
    });
    change?.(user);
    await users.save(user);
    return users.getById(user.id);
  }

  /** A token of a session the user just started (or of `session`, when given). */
  async function tokenFor(user: User, sessionEpoch = user.sessionEpoch, session?: Session): Promise<string> {
    const own =
      session ?? Session.start({ userId: user.id, epoch: sessionEpoch, tokenHash: RefreshToken.generate().hash, ttlSeconds: 600 });
    if (!session) await sessions.save(own);
    return (await tokens.issue({ userId: user.id, sessionId: own.id, sessionEpoch })).token;
  }

  async function changeUser(user: User, change: (user: User) => void): Promise<void> {
    const stored = await users.getById(user.id);
    change(stored);
    await users.save(stored);
  }

  it('turns a valid token into the principal of its user, with the token’s id, session and expiry', async () => {
    const user = await storedUser();
    const token = await tokenFor(user);
    const claims = await tokens.verify(token);

    const principal = await authenticator.authenticate(token);

    expect(principal.userId).toBe(user.id);
    expect(principal.token).toEqual({ id: claims.jti, sessionId: claims.sid, expiresAt: new Date(claims.exp * 1000) });
    expect(await sessions.find(claims.sid)).toBeDefined();
    expect([...principal.permissions].sort()).toEqual([...SYSTEM_ROLES.user.permissions].sort());
  });

  it('gives the union of the user’s roles’ permissions, each once, custom roles included', async () => {
    await roles.save(
      Role.create({ name: 'auditor', description: 'Reads the numbers', permissions: ['analytics:read', 'orders:read:any'] }),
    );
    const user = await storedUser((u) => u.assignRoles(['user', 'manager', 'auditor']));

    const principal = await authenticator.authenticate(await tokenFor(user));

    const expected = new Set([...SYSTEM_ROLES.user.permissions, ...SYSTEM_ROLES.manager.permissions, 'analytics:read', 'orders:read:any']);
    expect([...principal.permissions].sort()).toEqual([...expected].sort());
    expect(principal.can('orders:read:any')).toBe(true);
    expect(principal.can('users:manage')).toBe(false);
  });

  it('refuses a token whose session was revoked (logout, or a refresh token used twice), or is unknown, or is someone else’s', async () => {
    const user = await storedUser();
    const token = await tokenFor(user);
    const { sid } = await tokens.verify(token);
    const session = (await sessions.find(sid))!;
    session.revoke('refresh-token-reuse');
    await sessions.save(session);
    await expect(authenticator.authenticate(token)).rejects.toBeInstanceOf(Unauthenticated);

    const unknown = Session.start({ userId: user.id, epoch: 0, tokenHash: RefreshToken.generate().hash, ttlSeconds: 600 });
    await expect(authenticator.authenticate(await tokenFor(user, 0, unknown))).rejects.toBeInstanceOf(Unauthenticated);

    const other = await storedUser();
    const othersSession = Session.start({ userId: other.id, epoch: 0, tokenHash: RefreshToken.generate().hash, ttlSeconds: 600 });
    await sessions.save(othersSession);
    await expect(authenticator.authenticate(await tokenFor(user, 0, othersSession))).rejects.toBeInstanceOf(Unauthenticated);
  });

  it('gives every user the self-service permissions, even one whose only role is a custom one', async () => {
    await roles.save(Role.create({ name: 'auditor', description: 'Reads the numbers', permissions: ['analytics:read'] }));
    const user = await storedUser((u) => u.assignRoles(['auditor']));

    const principal = await authenticator.authenticate(await tokenFor(user));

    expect([...principal.permissions].sort()).toEqual(['account:read', 'account:update', 'analytics:read', 'sessions:revoke']);
  });

  it('reads the roles as they are now, so a role change counts from the next request', async () => {
    const user = await storedUser();
    const token = await tokenFor(user);
    await changeUser(user, (u) => u.assignRoles(['guest']));

    const principal = await authenticator.authenticate(token);

    expect(principal.can('orders:read')).toBe(false);
  });

  it('ignores a role that no longer exists', async () => {
    const user = await storedUser((u) => u.assignRoles(['guest', 'deleted-role']));
    const principal = await authenticator.authenticate(await tokenFor(user));
    expect([...principal.permissions].sort()).toEqual([...SYSTEM_ROLES.guest.permissions].sort());
  });

  it('refuses a token that was logged out (its id is denied)', async () => {
    const user = await storedUser();
    const token = await tokenFor(user);
    const { jti, exp } = await tokens.verify(token);
    await denyList.deny(jti, new Date(exp * 1000));

    await expect(authenticator.authenticate(token)).rejects.toBeInstanceOf(Unauthenticated);
  });

  it('refuses a token of a user who does not exist', async () => {
    const ghost = User.register({ email: Email.of('ghost@example.com'), passwordHash: 'hashed:x', displayName: 'Ghost' });
    await expect(authenticator.authenticate(await tokenFor(ghost))).rejects.toBeInstanceOf(Unauthenticated);
  });

  it.each([
    ['suspended', (user: User) => user.suspend()],
    ['banned', (user: User) => user.ban()],
  ])('refuses a token of a user who is %s', async (_status, change) => {
    const user = await storedUser(change);
    await expect(authenticator.authenticate(await tokenFor(user))).rejects.toBeInstanceOf(Unauthenticated);
  });

  it('refuses a token issued before the user’s epoch moved on (a password change ends every session)', async () => {
    const user = await storedUser();
    const token = await tokenFor(user);
    await changeUser(user, (u) => u.changePassword('hashed:new'));

    await expect(authenticator.authenticate(token)).rejects.toBeInstanceOf(Unauthenticated);
  });

  it('refuses a token issued for a later epoch than the user is in', async () => {
    const user = await storedUser();
    await expect(authenticator.authenticate(await tokenFor(user, user.sessionEpoch + 1))).rejects.toBeInstanceOf(Unauthenticated);
  });

  it('reuses what it established for a token until the cache forgets its user, then reads the user again', async () => {
    const user = await storedUser();
    const token = await tokenFor(user);
    const first = await authenticator.authenticate(token);
    await changeUser(user, (u) => u.suspend());

    expect(await authenticator.authenticate(token)).toBe(first);
    cache.forgetUser(user.id);
    await expect(authenticator.authenticate(token)).rejects.toBeInstanceOf(Unauthenticated);
  });

  it('does not cache what it read while a change to the user committed (a request in flight during a logout)', async () => {
    const user = await storedUser();
    const token = await tokenFor(user);
    const find = users.find.bind(users);
    jest.spyOn(users, 'find').mockImplementationOnce(async (id) => {
      const found = await find(id);
      cache.forgetUser(user.id); // the change commits while this request is between its reads
      return found;
    });
    await authenticator.authenticate(token);
    await changeUser(user, (u) => u.suspend());

    await expect(authenticator.authenticate(token)).rejects.toBeInstanceOf(Unauthenticated);
  });

  it('verifies afresh any token that differs from a cached one: its claims under another signature, or other claims under its signature', async () => {
    const user = await storedUser();
    const token = await tokenFor(user);
    await authenticator.authenticate(token);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const otherClaims = Buffer.from(JSON.stringify({ ...claims, exp: (claims.exp as number) + 3_600 })).toString('base64url');

    await expect(authenticator.authenticate(`${header}.${payload}.forged-signature`)).rejects.toBeInstanceOf(Unauthenticated);
    await expect(authenticator.authenticate(`${header}.${otherClaims}.${signature}`)).rejects.toBeInstanceOf(Unauthenticated);
    expect((await authenticator.authenticate(token)).userId).toBe(user.id);
  });

  it('answers Unauthenticated, and nothing more telling, for a token that does not verify', async () => {
    const attempt = authenticator.authenticate('not-a-token');
    await expect(attempt).rejects.toBeInstanceOf(Unauthenticated);
    await expect(attempt).rejects.toThrow('A valid bearer access token is required.');
  });
});
