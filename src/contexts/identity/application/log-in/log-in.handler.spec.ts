import { AppConfig } from '@promenade/config';
import { Email } from '@promenade/ddd';
import { UserLocked } from '../../domain/events/user-locked.event';
import { RefreshToken } from '../../domain/session/refresh-token';
import { User } from '../../domain/user/user.aggregate';
import { SessionTokens } from '../auth/session-tokens';
import { FakeAccessTokenIssuer } from '../testing/fake-access-token.issuer';
import { FakePasswordHasher } from '../testing/fake-password.hasher';
import { InMemorySessionRepository } from '../testing/in-memory-session.repository';
import { InMemoryUserRepository } from '../testing/in-memory-user.repository';
import { LogIn } from './log-in.command';
import { LogInHandler } from './log-in.handler';

const EMAIL = 'ada@example.com';
const PASSWORD = 'the right passphrase';
const WRONG = 'a wrong passphrase';

describe('LogInHandler', () => {
  let users: InMemoryUserRepository;
  let sessions: InMemorySessionRepository;
  let hasher: FakePasswordHasher;
  let issuer: FakeAccessTokenIssuer;
  let handler: LogInHandler;

  beforeEach(() => {
    users = new InMemoryUserRepository();
    sessions = new InMemorySessionRepository();
    hasher = new FakePasswordHasher();
    issuer = new FakeAccessTokenIssuer();
    const config = new AppConfig();
    handler = new LogInHandler(users, hasher, new SessionTokens(sessions, issuer, config), config);
  });

  async function storedUser(change?: (user: User) => void): Promise<User> {
    const user = User.register({ email: Email.of(EMAIL), passwordHash: `hashed:${PASSWORD}`, displayName: 'Ada' });
    change?.(user);
    await users.save(user);
    users.published.length = 0;
    return users.getById(user.id);
  }

  const logIn = (password: string, email = EMAIL) => handler.execute(new LogIn(email, password));

  async function failTimes(times: number): Promise<void> {
    for (let i = 0; i < times; i++) expect(await logIn(WRONG)).toBeUndefined();
  }

  it('answers a token pair for the right password and starts a session for the user', async () => {
    const user = await storedUser();

    const pair = await logIn(PASSWORD);

    expect(pair).toEqual({
      accessToken: expect.stringMatching(/^access:/),
      refreshToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      expiresIn: 900,
    });
    const [session] = sessions.all();
    expect(session.userId).toBe(user.id);
    expect(session.epoch).toBe(user.sessionEpoch);
    expect(session.tokenHash).toBe(RefreshToken.hashOf(pair!.refreshToken));
    expect(issuer.issued).toEqual([{ userId: user.id, sessionId: session.id, sessionEpoch: 0 }]);
  });

  it('finds the account whatever the case of the address', async () => {
    await storedUser();
    expect(await logIn(PASSWORD, 'ADA@Example.com')).toBeDefined();
  });

  it('answers nothing for an unknown address, after verifying a password all the same', async () => {
    expect(await logIn(PASSWORD, 'nobody@example.com')).toBeUndefined();
    expect(hasher.verified).toEqual([{ hash: undefined, password: PASSWORD }]);
    expect(sessions.all()).toEqual([]);
  });

  it('answers nothing for a malformed address, after verifying a password all the same', async () => {
    expect(await logIn(PASSWORD, 'not an address')).toBeUndefined();
    expect(hasher.verified).toHaveLength(1);
  });

  it('answers nothing for a wrong password and counts the failure', async () => {
    const user = await storedUser();

    expect(await logIn(WRONG)).toBeUndefined();

    expect((await users.getById(user.id)).failedLogins).toBe(1);
    expect(sessions.all()).toEqual([]);
  });

  it('locks the account at the fifth wrong password in a row, raising UserLocked', async () => {
    const user = await storedUser();

    await failTimes(4);
    expect((await users.getById(user.id)).isLocked()).toBe(false);
    await failTimes(1);

    const stored = await users.getById(user.id);
    expect(stored.isLocked()).toBe(true);
    expect(stored.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(users.published.filter((event) => event instanceof UserLocked)).toHaveLength(1);
  });

  it('refuses the right password while the account is locked', async () => {
    await storedUser();
    await failTimes(5);

    expect(await logIn(PASSWORD)).toBeUndefined();
    expect(sessions.all()).toEqual([]);
  });

  it.each([
    ['suspended', (user: User) => user.suspend()],
    ['banned', (user: User) => user.ban()],
  ])('refuses the right password of a %s account', async (_status, change) => {
    await storedUser(change);
    expect(await logIn(PASSWORD)).toBeUndefined();
    expect(sessions.all()).toEqual([]);
  });

  it('resets the failure count on success', async () => {
    const user = await storedUser();
    await failTimes(4);

    expect(await logIn(PASSWORD)).toBeDefined();

    expect((await users.getById(user.id)).failedLogins).toBe(0);
    await failTimes(4);
    expect((await users.getById(user.id)).isLocked()).toBe(false);
  });

  it('saves no user on a success without earlier failures', async () => {
    const user = await storedUser();
    expect(await logIn(PASSWORD)).toBeDefined();
    expect((await users.getById(user.id)).version).toBe(1);
  });

  it('checks no password while the account is locked: the right one is verified against no hash, like an unknown address', async () => {
    await storedUser();
    await failTimes(5);
    hasher.verified.length = 0;

    expect(await logIn(PASSWORD)).toBeUndefined();

    expect(hasher.verified).toEqual([{ hash: undefined, password: PASSWORD }]);
  });

  describe('a refusal does the same work whether the address exists or not', () => {
    /** Every call the handler makes on the user store and the hasher, in order (the spies call through). */
    async function seamsOf(email: string, password: string): Promise<string[]> {
      const methods = ['findForLogin', 'findByEmail', 'getById', 'find', 'save', 'saveRefusedLogin'] as const;
      const spies = [
        ...methods.map((method) => [`users.${method}`, jest.spyOn(users, method)] as const),
        ['hasher.verify', jest.spyOn(hasher, 'verify')] as const,
      ];
      expect(await logIn(password, email)).toBeUndefined();
      const calls = spies.flatMap(([name, spy]) => spy.mock.invocationCallOrder.map((order) => ({ name, order })));
      jest.restoreAllMocks();
      return calls.sort((a, b) => a.order - b.order).map(({ name }) => name);
    }

    it.each([
      ['an unknown address', 'nobody@example.com'],
      ['a malformed address', 'not an address'],
    ])('a wrong password for an existing account and %s: one lookup, one verification, one write', async (_what, other) => {
      await storedUser();
      const existing = await seamsOf(EMAIL, WRONG);
      expect(existing).toEqual(['users.findForLogin', 'hasher.verify', 'users.saveRefusedLogin']);
      expect(await seamsOf(other, WRONG)).toEqual(existing);
    });

    it('a locked account refuses with the same seams as an unknown address', async () => {
      await storedUser();
      await failTimes(5);
      expect(await seamsOf(EMAIL, PASSWORD)).toEqual(await seamsOf('nobody@example.com', PASSWORD));
    });
  });

  it('lets an error on saving a refusal through', async () => {
    await storedUser();
    jest.spyOn(users, 'saveRefusedLogin').mockRejectedValue(new Error('database unreachable'));

    await expect(logIn(WRONG)).rejects.toThrow('database unreachable');
  });
});
