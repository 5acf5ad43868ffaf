import { Email } from '@promenade/ddd';
import { ProfileCreated } from '../../domain/events/profile-created.event';
import { UserRegistered } from '../../domain/events/user-registered.event';
import { FakePasswordHasher } from '../testing/fake-password.hasher';
import { InMemoryProfileRepository } from '../testing/in-memory-profile.repository';
import { InMemoryUserRepository } from '../testing/in-memory-user.repository';
import { RegisterUser } from './register-user.command';
import { RegisterUserHandler } from './register-user.handler';

const PASSWORD = 'a long enough passphrase';

describe('RegisterUserHandler', () => {
  let users: InMemoryUserRepository;
  let profiles: InMemoryProfileRepository;
  let hasher: FakePasswordHasher;
  let handler: RegisterUserHandler;

  beforeEach(() => {
    users = new InMemoryUserRepository();
    profiles = new InMemoryProfileRepository();
    hasher = new FakePasswordHasher();
    handler = new RegisterUserHandler(users, profiles, hasher);
  });

  it('registers an active user with the user role and the hashed password, and answers its id and email', async () => {
    const result = await handler.execute(new RegisterUser(' ada@example.com ', PASSWORD, 'Ada'));

    expect(result).toEqual({ id: expect.any(String), email: 'ada@example.com' });
    const user = await users.getById(result.id);
    expect(user.email.value).toBe('ada@example.com');
    expect(user.passwordHash).toBe(`hashed:${PASSWORD}`);
    expect(user.status).toBe('active');
    expect(user.roles).toEqual(['user']);
    expect(users.published).toHaveLength(1);
    expect(users.published[0]).toBeInstanceOf(UserRegistered);
    expect((users.published[0] as UserRegistered).payload).toEqual({ userId: result.id, email: 'ada@example.com', displayName: 'Ada' });
  });

  it('creates the user’s private profile under the user id, with the display name trimmed', async () => {
    const { id } = await handler.execute(new RegisterUser('ada@example.com', PASSWORD, '  Ada Lovelace '));

    const profile = await profiles.getById(id);
    expect(profile.displayName).toBe('Ada Lovelace');
    expect(profile.visibility).toBe('private');
    expect(profiles.published).toHaveLength(1);
    expect(profiles.published[0]).toBeInstanceOf(ProfileCreated);
    expect((users.published[0] as UserRegistered).payload.displayName).toBe('Ada Lovelace');
  });

  it('refuses an address already registered, in any case, with EMAIL_ALREADY_REGISTERED', async () => {
    await handler.execute(new RegisterUser('ada@example.com', PASSWORD, 'Ada'));
    users.published.length = 0;

    const attempt = handler.execute(new RegisterUser('ADA@Example.COM', 'another long passphrase', 'Impostor'));

    await expect(attempt).rejects.toMatchObject({ code: 'EMAIL_ALREADY_REGISTERED', kind: 'conflict' });
    expect(users.published).toEqual([]);
    expect((await users.findByEmail(Email.of('ada@example.com')))?.passwordHash).toBe(`hashed:${PASSWORD}`);
  });

  it.each([
    ['too short', 'PASSWORD_TOO_SHORT', 'short'],
    ['too long', 'PASSWORD_TOO_LONG', 'x'.repeat(129)],
    ['too common', 'PASSWORD_TOO_COMMON', 'password1'],
  ])('refuses a password %s with %s before hashing or saving anything', async (_case, code, password) => {
    await expect(handler.execute(new RegisterUser('ada@example.com', password, 'Ada'))).rejects.toMatchObject({ code, kind: 'invalid' });
    expect(hasher.hashed).toEqual([]);
    expect(await users.findByEmail(Email.of('ada@example.com'))).toBeUndefined();
    expect(profiles.saves).toBe(0);
  });

  it('checks the password before the address is looked up, so a weak password says nothing about who is registered', async () => {
    await handler.execute(new RegisterUser('ada@example.com', PASSWORD, 'Ada'));
    await expect(handler.execute(new RegisterUser('ada@example.com', 'short', 'Ada'))).rejects.toMatchObject({
      code: 'PASSWORD_TOO_SHORT',
    });
  });

  it('refuses an invalid address with EMAIL_INVALID', async () => {
    await expect(handler.execute(new RegisterUser('not-an-address', PASSWORD, 'Ada'))).rejects.toMatchObject({ code: 'EMAIL_INVALID' });
    expect(users.published).toEqual([]);
  });

  it('refuses a blank display name with PROFILE_INVALID_DISPLAY_NAME and saves no user', async () => {
    await expect(handler.execute(new RegisterUser('ada@example.com', PASSWORD, '   '))).rejects.toMatchObject({
      code: 'PROFILE_INVALID_DISPLAY_NAME',
    });
    expect(await users.findByEmail(Email.of('ada@example.com'))).toBeUndefined();
    expect(profiles.saves).toBe(0);
    expect(hasher.hashed).toEqual([]); // refused before the deliberately slow hash
  });
});
