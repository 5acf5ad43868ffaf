import { UserCreated } from '../contracts/user-created.event';
import { User } from './user.aggregate';

describe('User', () => {
  it('is created with a new id and raises UserCreated', () => {
    const user = User.create(new Date('2026-01-01T00:00:00Z'));
    expect(user.isNew).toBe(true);
    const [event] = user.pullEvents();
    expect(event).toBeInstanceOf(UserCreated);
    expect(event.eventName).toBe('identity.user-created');
    expect((event as UserCreated).payload).toEqual({ userId: user.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored as stored, raising nothing', () => {
    const user = User.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 3, createdAt: new Date('2026-01-01T00:00:00Z') });
    expect(user.version).toBe(3);
    expect(user.pullEvents()).toEqual([]);
  });
});
