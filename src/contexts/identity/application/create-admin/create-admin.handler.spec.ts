import { Email } from '@promenade/ddd';
import { UserRolesChanged } from '../../domain/events/user-roles-changed.event';
import { User } from '../../domain/user/user.aggregate';
import { RegisterUserHandler } from '../register-user/register-user.handler';
import { FakePasswordHasher } from '../testing/fake-password.hasher';
import { InMemoryProfileRepository } from '../testing/in-memory-profile.repository';
import { InMemoryUserRepository } from '../testing/in-memory-user.repository';
import { CreateAdmin } from './create-admin.command';
import { CreateAdminHandler } from './create-admin.handler';

const EMAIL = 'root@example.com';
const PASSWORD = 'an administrator passphrase';
const THEIR_PASSWORD = 'their own passphrase';

describe('CreateAdminHandler', () => {
  let users: InMemoryUserRepository;
  let profiles: InMemoryProfileRepository;
  let hasher: FakePasswordHasher;
  let handler: CreateAdminHandler;

  beforeEach(() => {
    users = new InMemoryUserRepository();
    profiles = new InMemoryProfileRepository();
    hasher = new FakePasswordHasher();
    handler = new CreateAdminHandler(users, hasher, new RegisterUserHandler(users, profiles, hasher));
  });

  async function storedUser(roles: string[] = ['user']): Promise<User> {
    const user = User.register({ email: Email.of(EMAIL), passwordHash: 'hashed:their own passphrase', displayName: 'Root' });
    if (roles.join() !== 'user') user.assignRoles(roles);
    await users.save(user);
    users.published.length = 0;
    return users.getById(user.id);
  }

  it('registers a new account as a superadmin, with its profile, and says it created it', async () => {
    const result = await handler.execute(new CreateAdmin(EMAIL, PASSWORD));

    expect(result).toEqual({ userId: expect.any(String), created: true, status: 'active' });
    const user = await users.getById(result.userId);
    expect(user.email.value).toBe(EMAIL);
    expect(user.passwordHash).toBe(`hashed:${PASSWORD}`);
    expect(user.roles).toEqual(['superadmin', 'user']);
    expect(user.status).toBe('active');
    expect((await profiles.getById(result.userId)).displayName).toBe('Administrator');
    expect(users.published.map((event) => event.eventName)).toEqual(['identity.user-registered', 'identity.user-roles-changed']);
  });

  it('promotes an existing account, whatever the case of the address, when given its password', async () => {
    const existing = await storedUser();

    const result = await handler.execute(new CreateAdmin('Root@Example.com', THEIR_PASSWORD));

    expect(result).toEqual({ userId: existing.id, created: false, status: 'active' });
    const user = await users.getById(existing.id);
    expect(user.roles).toEqual(['superadmin', 'user']);
    expect(user.passwordHash).toBe('hashed:their own passphrase');
    expect(hasher.hashed).toEqual([]);
    expect(users.published).toHaveLength(1);
    expect(users.published[0]).toBeInstanceOf(UserRolesChanged);
  });

  it('refuses to promote an existing account without its password, changing nothing (registration is open to anyone)', async () => {
    const existing = await storedUser();

    await expect(handler.execute(new CreateAdmin(EMAIL, PASSWORD))).rejects.toMatchObject({ code: 'ADMIN_PASSWORD_MISMATCH' });

    expect((await users.getById(existing.id)).roles).toEqual(['user']);
    expect(users.published).toEqual([]);
  });

  it('says when the promoted account is suspended, so the operator knows it cannot log in yet', async () => {
    const existing = await storedUser();
    existing.suspend();
    await users.save(existing);
    expect(await handler.execute(new CreateAdmin(EMAIL, THEIR_PASSWORD))).toMatchObject({ created: false, status: 'suspended' });
  });

  it('keeps the roles an existing account already had', async () => {
    const existing = await storedUser(['manager', 'user']);
    await handler.execute(new CreateAdmin(EMAIL, THEIR_PASSWORD));
    expect((await users.getById(existing.id)).roles).toEqual(['manager', 'superadmin', 'user']);
  });

  it('changes nothing for an account that is already a superadmin', async () => {
    const existing = await storedUser(['superadmin']);
    const save = jest.spyOn(users, 'save');

    expect(await handler.execute(new CreateAdmin(EMAIL, THEIR_PASSWORD))).toEqual({
      userId: existing.id,
      created: false,
      status: 'active',
    });

    expect(save).not.toHaveBeenCalled();
    expect(users.published).toEqual([]);
  });

  it('holds a new administrator’s password to the same rules as anyone’s', async () => {
    await expect(handler.execute(new CreateAdmin(EMAIL, 'password'))).rejects.toMatchObject({ code: 'PASSWORD_TOO_COMMON' });
    expect(await users.findByEmail(Email.of(EMAIL))).toBeUndefined();
  });

  it('refuses an invalid address with EMAIL_INVALID', async () => {
    await expect(handler.execute(new CreateAdmin('root', PASSWORD))).rejects.toMatchObject({ code: 'EMAIL_INVALID' });
  });
});
