import { storedUser } from '../testing/identity-fixtures';
import { InMemoryUserRepository } from '../testing/in-memory-user.repository';
import { ListUsers } from './list-users.query';
import { ListUsersHandler } from './list-users.handler';

describe('ListUsersHandler', () => {
  let users: InMemoryUserRepository;
  let handler: ListUsersHandler;

  beforeEach(() => {
    users = new InMemoryUserRepository();
    handler = new ListUsersHandler(users);
  });

  it('answers the requested page with the page, limit and total count', async () => {
    for (let i = 0; i < 5; i++) await storedUser(users);
    const all = (await users.findPage({}, 0, 5)).items.map((user) => user.id);

    const page = await handler.execute(new ListUsers({}, 2, 2));

    expect(page).toMatchObject({ page: 2, limit: 2, total: 5 });
    expect(page.items.map((user) => user.id)).toEqual(all.slice(2, 4));
  });

  it('passes the filter through and turns the page number into an offset', async () => {
    const findPage = jest.spyOn(users, 'findPage');
    const filter = { status: 'suspended' as const, role: 'manager', email: 'example.com' };

    await handler.execute(new ListUsers(filter, 3, 10));

    expect(findPage).toHaveBeenCalledWith(filter, 20, 10);
  });

  it('lists only the users matching the filter', async () => {
    const manager = await storedUser(users, ['manager']);
    await storedUser(users, ['user']);

    const page = await handler.execute(new ListUsers({ role: 'manager' }, 1, 10));

    expect(page.total).toBe(1);
    expect(page.items.map((user) => user.id)).toEqual([manager.id]);
  });
});
