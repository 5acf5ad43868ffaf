import { SessionRevoked } from '../events/session-revoked.event';
import { SessionStarted } from '../events/session-started.event';
import { SPENT_TOKENS_KEPT, Session } from './session.aggregate';

const USER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const NOW = new Date('2026-01-01T12:00:00Z');
const TTL = 3_600;
const secondsAfter = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

function started(): Session {
  const session = Session.start({ userId: USER, epoch: 2, tokenHash: 'hash-0', ttlSeconds: TTL }, NOW);
  session.pullEvents();
  return session;
}

describe('Session', () => {
  it('starts with the first token, its expiry and the user’s epoch, and raises SessionStarted', () => {
    const session = Session.start({ userId: USER, epoch: 2, tokenHash: 'hash-0', ttlSeconds: TTL }, NOW);
    expect(session.isNew).toBe(true);
    expect(session.userId).toBe(USER);
    expect(session.epoch).toBe(2);
    expect(session.tokenHash).toBe('hash-0');
    expect(session.tokenExpiresAt).toEqual(secondsAfter(NOW, TTL));
    expect(session.spentTokenHashes).toEqual([]);
    expect(session.isRevoked).toBe(false);
    const events = session.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(SessionStarted);
    expect(events[0].eventName).toBe('identity.session-started');
    expect((events[0] as SessionStarted).payload).toEqual({ sessionId: session.id, userId: USER, startedAt: NOW.toISOString() });
  });

  it('is restored as stored, raising nothing', () => {
    const session = Session.restore({
      id: '0190a5b0-7c4e-7d2a-9b3c-00000000e001',
      version: 3,
      createdAt: NOW,
      userId: USER,
      epoch: 1,
      tokenHash: 'hash-2',
      tokenExpiresAt: secondsAfter(NOW, TTL),
      spentTokenHashes: ['hash-1', 'hash-0'],
    });
    expect(session.version).toBe(3);
    expect(session.spentTokenHashes).toEqual(['hash-1', 'hash-0']);
    expect(session.pullEvents()).toEqual([]);
  });

  describe('rotation', () => {
    it('exchanges the current token for the next, with a fresh expiry, and spends the old one', () => {
      const session = started();
      const at = secondsAfter(NOW, 60);

      expect(session.rotate('hash-0', { tokenHash: 'hash-1', ttlSeconds: TTL }, at)).toBe('rotated');

      expect(session.tokenHash).toBe('hash-1');
      expect(session.tokenExpiresAt).toEqual(secondsAfter(at, TTL));
      expect(session.spentTokenHashes).toEqual(['hash-0']);
      expect(session.isRevoked).toBe(false);
      expect(session.pullEvents()).toEqual([]);
    });

    it('treats a spent token presented again as stolen: answers reused and revokes the whole session', () => {
      const session = started();
      session.rotate('hash-0', { tokenHash: 'hash-1', ttlSeconds: TTL }, NOW);
      const at = secondsAfter(NOW, 60);

      expect(session.rotate('hash-0', { tokenHash: 'hash-2', ttlSeconds: TTL }, at)).toBe('reused');

      expect(session.isRevoked).toBe(true);
      expect(session.revokedAt).toEqual(at);
      expect(session.tokenHash).toBe('hash-1');
      const events = session.pullEvents();
      expect(events).toHaveLength(1);
      expect(events[0]).toBeInstanceOf(SessionRevoked);
      expect((events[0] as SessionRevoked).payload).toEqual({
        sessionId: session.id,
        userId: USER,
        reason: 'refresh-token-reuse',
        revokedAt: at.toISOString(),
      });
    });

    it('refuses the current token too once the family was revoked for reuse', () => {
      const session = started();
      session.rotate('hash-0', { tokenHash: 'hash-1', ttlSeconds: TTL }, NOW);
      session.rotate('hash-0', { tokenHash: 'hash-2', ttlSeconds: TTL }, NOW);
      expect(session.rotate('hash-1', { tokenHash: 'hash-3', ttlSeconds: TTL }, NOW)).toBe('revoked');
      expect(session.tokenHash).toBe('hash-1');
    });

    it('answers expired for the current token past its expiry, handing out nothing', () => {
      const session = started();
      expect(session.rotate('hash-0', { tokenHash: 'hash-1', ttlSeconds: TTL }, secondsAfter(NOW, TTL))).toBe('expired');
      expect(session.tokenHash).toBe('hash-0');
      expect(session.spentTokenHashes).toEqual([]);
      expect(session.isRevoked).toBe(false);
    });

    it('never lets a token outlive the session’s absolute end, however often it is rotated', () => {
      const lifetime = { ttlSeconds: TTL, maxAgeSeconds: 2 * TTL };
      const session = Session.start({ userId: USER, epoch: 0, tokenHash: 'hash-0', ...lifetime }, NOW);
      expect(session.tokenExpiresAt).toEqual(secondsAfter(NOW, TTL));
      const late = secondsAfter(NOW, 1.5 * TTL - 1);
      expect(session.rotate('hash-0', { tokenHash: 'hash-1', ...lifetime }, secondsAfter(NOW, TTL - 1))).toBe('rotated');
      expect(session.rotate('hash-1', { tokenHash: 'hash-2', ...lifetime }, late)).toBe('rotated');
      expect(session.tokenExpiresAt).toEqual(secondsAfter(NOW, 2 * TTL));
      expect(session.rotate('hash-2', { tokenHash: 'hash-3', ...lifetime }, secondsAfter(NOW, 2 * TTL))).toBe('expired');
    });

    it('starts with no token longer than the session may last', () => {
      const session = Session.start({ userId: USER, epoch: 0, tokenHash: 'hash-0', ttlSeconds: TTL, maxAgeSeconds: 60 }, NOW);
      expect(session.tokenExpiresAt).toEqual(secondsAfter(NOW, 60));
    });

    it('answers revoked after a logout, handing out nothing', () => {
      const session = started();
      session.revoke('logout', NOW);
      session.pullEvents();
      expect(session.rotate('hash-0', { tokenHash: 'hash-1', ttlSeconds: TTL }, NOW)).toBe('revoked');
      expect(session.tokenHash).toBe('hash-0');
      expect(session.pullEvents()).toEqual([]);
    });

    it(`keeps only the latest ${SPENT_TOKENS_KEPT} spent tokens, newest first`, () => {
      const session = started();
      for (let i = 0; i < SPENT_TOKENS_KEPT + 5; i++) session.rotate(`hash-${i}`, { tokenHash: `hash-${i + 1}`, ttlSeconds: TTL }, NOW);
      expect(session.spentTokenHashes).toHaveLength(SPENT_TOKENS_KEPT);
      expect(session.spentTokenHashes[0]).toBe(`hash-${SPENT_TOKENS_KEPT + 4}`);
      expect(session.spentTokenHashes).not.toContain('hash-0');
      expect(session.tokenHash).toBe(`hash-${SPENT_TOKENS_KEPT + 5}`);
    });
  });

  describe('revocation', () => {
    it('ends the session with the reason given and raises SessionRevoked', () => {
      const session = started();
      session.revoke('logout', NOW);
      expect(session.isRevoked).toBe(true);
      expect(session.revokedAt).toEqual(NOW);
      const events = session.pullEvents();
      expect(events).toHaveLength(1);
      expect((events[0] as SessionRevoked).payload).toEqual({
        sessionId: session.id,
        userId: USER,
        reason: 'logout',
        revokedAt: NOW.toISOString(),
      });
    });

    it('changes nothing, and raises nothing, when revoked again', () => {
      const session = started();
      session.revoke('logout', NOW);
      session.revoke('refresh-token-reuse', secondsAfter(NOW, 60));
      expect(session.revokedAt).toEqual(NOW);
      expect(session.pullEvents()).toHaveLength(1);
    });
  });
});
