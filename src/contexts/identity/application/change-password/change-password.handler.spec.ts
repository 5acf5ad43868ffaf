import { Email } from '@promenade/ddd';
import { UserPasswordChanged } from '../../domain/events/user-password-changed.event';
import { User } from '../../domain/user/user.aggregate';
import { FakePasswordHasher } from '../testing/fake-password.hasher';
import { InMemoryUserRepository } from '../testing/in-memory-user.repository';
import { ChangePassword } from './change-password.command';
import { ChangePasswordHandler } from './change-password.handler';

const CURRENT = 'the current passphrase';
const NEW = 'a brand new passphrase';

describe('ChangePasswordHandler', () => {
  let users: InMemoryUserRepository;
  let hasher: FakePasswordHasher;
  let handler: ChangePasswordHandler;

  beforeEach(() => {
    users = new InMemoryUserRepository();
    hasher = new FakePasswordHasher();
    handler = new ChangePasswordHandler(users, hasher);
  });

  async function storedUser(): Promise<User> {
    const user = User.register({ email: Email.of('ada@example.com'), passwordHash: `hashed:${CURRENT}`, displayName: 'Ada' });
    await users.save(user);
    users.published.length = 0;
    return users.getById(user.id);
  }

  it('sets the new password, ends every session (the epoch moves on) and raises UserPasswordChanged', async () => {
    const user = await storedUser();

    await handler.execute(new ChangePassword(user.id, CURRENT, NEW));

    const stored = await users.getById(user.id);
    expect(stored.passwordHash).toBe(`hashed:${NEW}`);
    expect(stored.sessionEpoch).toBe(user.sessionEpoch + 1);
    expect(users.published).toHaveLength(1);
    expect(users.published[0]).toBeInstanceOf(UserPasswordChanged);
  });

  it('ends a lock: the new password proves the owner is back', async () => {
    const user = await storedUser();
    for (let i = 0; i < 5; i++) user.recordFailedLogin({ maxFailures: 5, lockMinutes: 15 });
    await users.save(user);

    await handler.execute(new ChangePassword(user.id, CURRENT, NEW));

    expect((await users.getById(user.id)).isLocked()).toBe(false);
  });

  it('refuses a wrong current password with CURRENT_PASSWORD_INCORRECT, changing nothing', async () => {
    const user = await storedUser();

    await expect(handler.execute(new ChangePassword(user.id, 'not the current one', NEW))).rejects.toMatchObject({
      code: 'CURRENT_PASSWORD_INCORRECT',
      kind: 'invalid',
    });

    const stored = await users.getById(user.id);
    expect(stored.passwordHash).toBe(`hashed:${CURRENT}`);
    expect(stored.sessionEpoch).toBe(user.sessionEpoch);
    expect(hasher.hashed).toEqual([]);
    expect(users.published).toEqual([]);
  });

  it.each([
    ['too short', 'PASSWORD_TOO_SHORT', 'short'],
    ['too long', 'PASSWORD_TOO_LONG', 'x'.repeat(129)],
    ['too common', 'PASSWORD_TOO_COMMON', 'Password123'],
  ])('refuses a new password %s with %s, changing nothing', async (_case, code, newPassword) => {
    const user = await storedUser();

    await expect(handler.execute(new ChangePassword(user.id, CURRENT, newPassword))).rejects.toMatchObject({ code, kind: 'invalid' });

    expect((await users.getById(user.id)).passwordHash).toBe(`hashed:${CURRENT}`);
    expect(hasher.hashed).toEqual([]);
  });

  it('refuses an unknown user with USER_NOT_FOUND', async () => {
    await expect(handler.execute(new ChangePassword('0190a5b0-7c4e-7d2a-9b3c-ffffffffffff', CURRENT, NEW))).rejects.toMatchObject({
      code: 'USER_NOT_FOUND',
    });
  });
});
