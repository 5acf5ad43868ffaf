import { EVENTS_HANDLER_METADATA } from '@nestjs/cqrs/dist/decorators/constants';
import { Email } from '@promenade/ddd';
import { UserRegistered } from '../../../identity/contracts/user-registered.event';
import { CustomerCreated } from '../../contracts/customer-created.event';
import { CustomerLinkedToUser } from '../../contracts/customer-linked-to-user.event';
import { NEWEST_FIRST } from '../../domain/customer.repository';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { REP, storedCustomer, USER } from '../testing/customer-fixtures';
import { OnUserRegistered } from './on-user-registered.handler';

const OTHER_USER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405202';
const registered = (userId = USER, email = 'grace@example.com', displayName = 'Grace Hopper') => new UserRegistered({ userId, email, displayName });

describe('OnUserRegistered', () => {
  let customers: InMemoryCustomerRepository;
  let handler: OnUserRegistered;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    handler = new OnUserRegistered(customers);
  });

  const all = async () => (await customers.findPage({}, NEWEST_FIRST, 0, 100)).items;

  it('subscribes to identity.user-registered', () => {
    expect(Reflect.getMetadata(EVENTS_HANDLER_METADATA, OnUserRegistered)).toEqual([UserRegistered]);
  });

  it('creates an unassigned inbound lead linked to the user, named and reachable as they registered', async () => {
    await handler.handle(registered());

    const [lead] = await all();
    expect(lead).toMatchObject({ name: 'Grace Hopper', userId: USER, assignedTo: null, status: 'lead', tier: 'free', source: 'inbound' });
    expect(lead.email.value).toBe('grace@example.com');
    expect(customers.published).toHaveLength(1);
    expect(customers.published[0]).toBeInstanceOf(CustomerCreated);
    expect(customers.published[0].payload).toMatchObject({ userId: USER, assignedTo: null });
  });

  it('creates nothing more when the same event is delivered again', async () => {
    const event = registered();

    await handler.handle(event);
    await handler.handle(event);

    expect(await all()).toHaveLength(1);
    expect(customers.published).toHaveLength(1);
  });

  it('creates nothing when a customer linked to the user exists, even a deleted one', async () => {
    const id = await storedCustomer(customers, 'customer', { userId: USER, email: Email.of('old@example.com') });
    const linked = await customers.getById(id);
    linked.delete();
    await customers.save(linked);
    customers.published.length = 0;

    await handler.handle(registered());

    expect(await all()).toHaveLength(0);
    expect(customers.published).toEqual([]);
  });

  it("links the rep's existing customer with the same email instead of creating a second one", async () => {
    const id = await storedCustomer(customers, 'prospect', { email: Email.of('Grace@Example.com') });

    await handler.handle(registered());

    expect(await all()).toHaveLength(1);
    expect(await customers.getById(id)).toMatchObject({ userId: USER, assignedTo: REP, status: 'prospect' });
    expect(customers.published).toHaveLength(1);
    expect(customers.published[0]).toBeInstanceOf(CustomerLinkedToUser);
  });

  it('leaves a customer with the same email linked to another user alone, creating nothing', async () => {
    const id = await storedCustomer(customers, 'customer', { email: Email.of('grace@example.com'), userId: OTHER_USER });

    await handler.handle(registered());

    expect(await all()).toHaveLength(1);
    expect((await customers.getById(id)).userId).toBe(OTHER_USER);
    expect(customers.published).toEqual([]);
  });

  it('names the lead after the email when the display name is blank', async () => {
    await handler.handle(registered(USER, 'grace@example.com', '  '));

    expect((await all())[0].name).toBe('grace@example.com');
  });
});
