import { SessionCreated } from '../contracts/session-created.event';
import { Session } from './session.aggregate';

describe('Session', () => {
  it('is created with a new id and raises SessionCreated', () => {
    const session = Session.create(new Date('2026-01-01T00:00:00Z'));
    expect(session.isNew).toBe(true);
    const [event] = session.pullEvents();
    expect(event).toBeInstanceOf(SessionCreated);
    expect(event.eventName).toBe('identity.session-created');
    expect((event as SessionCreated).payload).toEqual({ sessionId: session.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored as stored, raising nothing', () => {
    const session = Session.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 3, createdAt: new Date('2026-01-01T00:00:00Z') });
    expect(session.version).toBe(3);
    expect(session.pullEvents()).toEqual([]);
  });
});
