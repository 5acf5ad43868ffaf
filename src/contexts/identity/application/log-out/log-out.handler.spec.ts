import { SessionRevoked } from '../../domain/events/session-revoked.event';
import { Session } from '../../domain/session/session.aggregate';
import { AccessTokenDenyList } from '../auth/access-token-deny-list';
import { InMemorySessionRepository } from '../testing/in-memory-session.repository';
import { LogOut } from './log-out.command';
import { LogOutHandler } from './log-out.handler';

const USER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const TOKEN_ID = '0190a5b0-7c4e-7d2a-9b3c-00000000a7a7';
const TOKEN_EXPIRES_AT = new Date('2030-01-01T00:15:00Z');

/** Records what was denied and until when. */
class RecordingDenyList implements AccessTokenDenyList {
  readonly denied = new Map<string, Date>();

  async deny(tokenId: string, until: Date): Promise<void> {
    this.denied.set(tokenId, until);
  }

  async isDenied(tokenId: string): Promise<boolean> {
    return this.denied.has(tokenId);
  }
}

describe('LogOutHandler', () => {
  let sessions: InMemorySessionRepository;
  let denyList: RecordingDenyList;
  let handler: LogOutHandler;

  beforeEach(() => {
    sessions = new InMemorySessionRepository();
    denyList = new RecordingDenyList();
    handler = new LogOutHandler(sessions, denyList);
  });

  async function storedSession(): Promise<string> {
    const session = Session.start({ userId: USER, epoch: 0, tokenHash: 'hash-0', ttlSeconds: 3_600 });
    await sessions.save(session);
    sessions.published.length = 0;
    return session.id;
  }

  it('revokes the session for logout, raising SessionRevoked', async () => {
    const sessionId = await storedSession();

    await handler.execute(new LogOut(sessionId, TOKEN_ID, TOKEN_EXPIRES_AT));

    expect((await sessions.getById(sessionId)).isRevoked).toBe(true);
    expect(sessions.published).toHaveLength(1);
    expect(sessions.published[0]).toBeInstanceOf(SessionRevoked);
    expect((sessions.published[0] as SessionRevoked).payload).toMatchObject({ sessionId, userId: USER, reason: 'logout' });
  });

  it('denies the access token by its id until it would have expired', async () => {
    const sessionId = await storedSession();

    await handler.execute(new LogOut(sessionId, TOKEN_ID, TOKEN_EXPIRES_AT));

    expect([...denyList.denied]).toEqual([[TOKEN_ID, TOKEN_EXPIRES_AT]]);
  });

  it('logs out twice without a second event', async () => {
    const sessionId = await storedSession();
    await handler.execute(new LogOut(sessionId, TOKEN_ID, TOKEN_EXPIRES_AT));
    await handler.execute(new LogOut(sessionId, TOKEN_ID, TOKEN_EXPIRES_AT));
    expect(sessions.published).toHaveLength(1);
  });

  it('refuses an unknown session with SESSION_NOT_FOUND and denies nothing', async () => {
    await expect(handler.execute(new LogOut('0190a5b0-7c4e-7d2a-9b3c-ffffffffffff', TOKEN_ID, TOKEN_EXPIRES_AT))).rejects.toMatchObject({
      code: 'SESSION_NOT_FOUND',
    });
    expect(denyList.denied.size).toBe(0);
  });
});
