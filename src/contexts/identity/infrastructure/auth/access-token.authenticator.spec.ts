import { JwtService } from '@nestjs/jwt';
import { Unauthenticated } from '@promenade/auth';
import { AppConfig } from '@promenade/config';
import { Email } from '@promenade/ddd';
import { InMemoryRoleRepository } from '../../application/testing/in-memory-role.repository';
import { InMemoryUserRepository } from '../../application/testing/in-memory-user.repository';
import { Role } from '../../domain/role.aggregate';
import { SYSTEM_ROLES } from '../../domain/system-roles';
import { User } from '../../domain/user.aggregate';
import { AccessTokenAuthenticator } from './access-token.authenticator';
import { JwtAccessTokens } from './jwt-access-tokens';
import { MemoryAccessTokenDenyList } from './memory-access-token.deny-list';

const SESSION = '0190a5b0-7c4e-7d2a-9b3c-00000000e001';

describe('AccessTokenAuthenticator', () => {
  let users: InMemoryUserRepository;
  let roles: InMemoryRoleRepository;
  let denyList: MemoryAccessTokenDenyList;
  let tokens: JwtAccessTokens;
  let authenticator: AccessTokenAuthenticator;

  beforeEach(() => {
    users = new InMemoryUserRepository();
    roles = new InMemoryRoleRepository();
    denyList = new MemoryAccessTokenDenyList();
    tokens = new JwtAccessTokens(new JwtService({ secret: 'a-test-secret-of-at-least-32-characters!' }), new AppConfig());
    authenticator = new AccessTokenAuthenticator(tokens, denyList, users, roles);
  });

  async function storedUser(change?: (user: User) => void): Promise<User> {
    const user = User.register({ email: Email.of(`someone-${Math.random().toString(36).slice(2)}@example.com`), passwordHash: 'hashed:x', displayName: 'Someone' });
    change?.(user);
    await users.save(user);
    return users.getById(user.id);
  }

  const tokenFor = async (user: User, sessionEpoch = user.sessionEpoch) => (await tokens.issue({ userId: user.id, sessionId: SESSION, sessionEpoch })).token;

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
    expect(principal.token).toEqual({ id: claims.jti, sessionId: SESSION, expiresAt: new Date(claims.exp * 1000) });
    expect([...principal.permissions].sort()).toEqual([...SYSTEM_ROLES.user.permissions].sort());
  });

  it('gives the union of the user’s roles’ permissions, each once, custom roles included', async () => {
    await roles.save(Role.create({ name: 'auditor', description: 'Reads the numbers', permissions: ['analytics:read', 'orders:read:any'] }));
    const user = await storedUser((u) => u.assignRoles(['user', 'manager', 'auditor']));

    const principal = await authenticator.authenticate(await tokenFor(user));

    const expected = new Set([...SYSTEM_ROLES.user.permissions, ...SYSTEM_ROLES.manager.permissions, 'analytics:read', 'orders:read:any']);
    expect([...principal.permissions].sort()).toEqual([...expected].sort());
    expect(principal.can('orders:read:any')).toBe(true);
    expect(principal.can('users:manage')).toBe(false);
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

  it('answers Unauthenticated, and nothing more telling, for a token that does not verify', async () => {
    const attempt = authenticator.authenticate('not-a-token');
    await expect(attempt).rejects.toBeInstanceOf(Unauthenticated);
    await expect(attempt).rejects.toThrow('A valid bearer access token is required.');
  });
});
