import { AppConfig } from '@promenade/config';
import { ConcurrencyConflict, Email } from '@promenade/ddd';
import { SessionRevoked } from '../../domain/events/session-revoked.event';
import { RefreshToken } from '../../domain/session/refresh-token';
import { User } from '../../domain/user/user.aggregate';
import { SessionTokens } from '../auth/session-tokens';
import { TokenPair } from '../auth/token-pair';
import { FakeAccessTokenIssuer } from '../testing/fake-access-token.issuer';
import { InMemorySessionRepository } from '../testing/in-memory-session.repository';
import { InMemoryUserRepository } from '../testing/in-memory-user.repository';
import { RefreshSession } from './refresh-session.command';
import { RefreshSessionHandler } from './refresh-session.handler';

describe('RefreshSessionHandler', () => {
  let users: InMemoryUserRepository;
  let sessions: InMemorySessionRepository;
  let issuer: FakeAccessTokenIssuer;
  let tokens: SessionTokens;
  let handler: RefreshSessionHandler;

  beforeEach(() => {
    users = new InMemoryUserRepository();
    sessions = new InMemorySessionRepository();
    issuer = new FakeAccessTokenIssuer();
    tokens = new SessionTokens(sessions, issuer, new AppConfig());
    handler = new RefreshSessionHandler(sessions, users, tokens);
  });

  /** A stored user who has just logged in: their id and the pair the login answered. */
  async function loggedIn(): Promise<{ userId: string; pair: TokenPair }> {
    const user = User.register({ email: Email.of('ada@example.com'), passwordHash: 'hashed:x', displayName: 'Ada' });
    await users.save(user);
    const pair = await tokens.start(user);
    sessions.published.length = 0;
    return { userId: user.id, pair };
  }

  async function changeUser(userId: string, change: (user: User) => void): Promise<void> {
    const user = await users.getById(userId);
    change(user);
    await users.save(user);
  }

  const refresh = (refreshToken: string) => handler.execute(new RefreshSession(refreshToken));

  it('rotates: answers a new pair and spends the refresh token presented', async () => {
    const { userId, pair } = await loggedIn();

    const next = await refresh(pair.refreshToken);

    expect(next).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900 });
    expect(next!.refreshToken).not.toBe(pair.refreshToken);
    expect(next!.accessToken).not.toBe(pair.accessToken);
    const [session] = sessions.all();
    expect(session.tokenHash).toBe(RefreshToken.hashOf(next!.refreshToken));
    expect(session.spentTokenHashes).toEqual([RefreshToken.hashOf(pair.refreshToken)]);
    expect(issuer.issued.at(-1)).toEqual({ userId, sessionId: session.id, sessionEpoch: 0 });
  });

  it('two requests racing with one token: the first rotates, the second counts as reuse and ends the session', async () => {
    const { pair } = await loggedIn();

    const answers = await Promise.all([refresh(pair.refreshToken), refresh(pair.refreshToken)]);

    expect(answers.filter(Boolean)).toHaveLength(1);
    const [session] = sessions.all();
    expect(session.isRevoked).toBe(true);
    expect(await refresh(answers.find(Boolean)!.refreshToken)).toBeUndefined();
  });

  it('answers nothing, never a 409, when the retry after a lost race loses again', async () => {
    const { pair } = await loggedIn();
    const save = jest.spyOn(sessions, 'save').mockRejectedValue(new ConcurrencyConflict('Session', 'a-session', 1));

    await expect(refresh(pair.refreshToken)).resolves.toBeUndefined();
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('keeps rotating with each new token', async () => {
    const { pair } = await loggedIn();
    const second = await refresh(pair.refreshToken);
    const third = await refresh(second!.refreshToken);
    expect(third).toBeDefined();
    expect(sessions.all()[0].spentTokenHashes).toHaveLength(2);
  });

  it('revokes the whole session when a spent token comes back, refusing the newest token too', async () => {
    const { pair } = await loggedIn();
    const next = await refresh(pair.refreshToken);

    expect(await refresh(pair.refreshToken)).toBeUndefined();

    const [session] = sessions.all();
    expect(session.isRevoked).toBe(true);
    expect(sessions.published).toHaveLength(1);
    expect(sessions.published[0]).toBeInstanceOf(SessionRevoked);
    expect((sessions.published[0] as SessionRevoked).payload.reason).toBe('refresh-token-reuse');
    expect(await refresh(next!.refreshToken)).toBeUndefined();
  });

  it('refuses an unknown refresh token', async () => {
    await loggedIn();
    expect(await refresh(RefreshToken.generate().value)).toBeUndefined();
    expect(sessions.all()[0].isRevoked).toBe(false);
  });

  it('refuses an expired refresh token', async () => {
    const { pair } = await loggedIn();
    const session = sessions.all()[0];
    jest.useFakeTimers({ now: session.tokenExpiresAt.getTime() + 1, doNotFake: ['nextTick', 'setImmediate'] });
    try {
      expect(await refresh(pair.refreshToken)).toBeUndefined();
    } finally {
      jest.useRealTimers();
    }
  });

  it.each([
    ['suspended', (user: User) => user.suspend()],
    ['banned', (user: User) => user.ban()],
  ])('refuses to refresh for a user who is %s', async (_status, change) => {
    const { userId, pair } = await loggedIn();
    await changeUser(userId, change);
    expect(await refresh(pair.refreshToken)).toBeUndefined();
  });

  it('refuses a user who is not active even when the session is of their current epoch', async () => {
    const user = User.register({ email: Email.of('ada@example.com'), passwordHash: 'hashed:x', displayName: 'Ada' });
    user.suspend();
    await users.save(user);
    const pair = await tokens.start(user); // no login allows this; the check must not rest on the epoch alone
    expect(await refresh(pair.refreshToken)).toBeUndefined();
  });

  it('refuses a session started before the user’s epoch moved on (a password change)', async () => {
    const { userId, pair } = await loggedIn();
    await changeUser(userId, (user) => user.changePassword('hashed:new'));
    expect(await refresh(pair.refreshToken)).toBeUndefined();
  });

  it('refuses a session started before a suspension that was lifted since', async () => {
    const { userId, pair } = await loggedIn();
    await changeUser(userId, (user) => user.suspend());
    await changeUser(userId, (user) => user.activate());
    expect(await refresh(pair.refreshToken)).toBeUndefined();
  });

  it('refuses a session whose user no longer exists', async () => {
    const pair = await tokens.start(User.register({ email: Email.of('gone@example.com'), passwordHash: 'hashed:x', displayName: 'Gone' }));
    expect(await refresh(pair.refreshToken)).toBeUndefined();
  });
});
