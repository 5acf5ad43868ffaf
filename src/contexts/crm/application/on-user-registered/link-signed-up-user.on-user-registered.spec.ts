import { Email } from '@promenade/ddd';
import { eventHandlerOf } from '@promenade/messaging';
import { UserEmailVerifiedContract, UserRegisteredContract } from '../../../identity/contracts';
import { CustomerCreated } from '../../domain/events/customer-created.event';
import { CustomerLinkedToUser } from '../../domain/events/customer-linked-to-user.event';
import { NEWEST_FIRST } from '../../domain/customer/customer.repository';
import { SignedUpUserLinker } from '../link-signed-up-user/signed-up-user-linker';
import { LinkSignedUpUserOnUserEmailVerified } from '../on-user-email-verified/link-signed-up-user.on-user-email-verified';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { InMemorySignUps } from '../testing/in-memory-sign-ups';
import { REP, USER, storedCustomer } from '../testing/customer-fixtures';
import { LinkSignedUpUserOnUserRegistered } from './link-signed-up-user.on-user-registered';

const OTHER_USER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405202';
const registered = (userId = USER, email = 'grace@example.com', displayName = 'Grace Hopper') =>
  new UserRegisteredContract({ userId, email, displayName });
const verified = (userId = USER) => new UserEmailVerifiedContract({ userId, verifiedAt: '2026-03-02T09:00:00.000Z' });

describe('LinkSignedUpUserOnUserRegistered and LinkSignedUpUserOnUserEmailVerified', () => {
  let customers: InMemoryCustomerRepository;
  let handler: LinkSignedUpUserOnUserRegistered;
  let onVerified: LinkSignedUpUserOnUserEmailVerified;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    const linker = new SignedUpUserLinker(new InMemorySignUps(), customers);
    handler = new LinkSignedUpUserOnUserRegistered(linker);
    onVerified = new LinkSignedUpUserOnUserEmailVerified(linker);
  });

  const all = async () => (await customers.findPage({}, NEWEST_FIRST, 0, 100)).items;

  it('subscribe to identity.user-registered and identity.user-email-verified', () => {
    expect(eventHandlerOf(LinkSignedUpUserOnUserRegistered)).toEqual({
      id: 'crm.link-signed-up-user-on-user-registered',
      events: [UserRegisteredContract],
    });
    expect(eventHandlerOf(LinkSignedUpUserOnUserEmailVerified)).toEqual({
      id: 'crm.link-signed-up-user-on-user-email-verified',
      events: [UserEmailVerifiedContract],
    });
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

  it("leaves a rep's customer with the same email unlinked while the address is unverified, creating nothing", async () => {
    const id = await storedCustomer(customers, 'prospect', { email: Email.of('Grace@Example.com') });

    await handler.handle(registered());

    expect(await all()).toHaveLength(1);
    expect(await customers.getById(id)).toMatchObject({ userId: null, assignedTo: REP, status: 'prospect' });
    expect(customers.published).toEqual([]);
  });

  it("links the rep's customer once the address is verified, once however often the events come, in either order", async () => {
    const id = await storedCustomer(customers, 'prospect', { email: Email.of('Grace@Example.com') });

    await handler.handle(registered());
    await onVerified.handle(verified());
    await onVerified.handle(verified());
    await handler.handle(registered());

    expect(await all()).toHaveLength(1);
    expect(await customers.getById(id)).toMatchObject({ userId: USER, assignedTo: REP, status: 'prospect' });
    expect(customers.published).toEqual([expect.any(CustomerLinkedToUser)]);
  });

  it('links on the registration when the verification reached CRM first', async () => {
    const id = await storedCustomer(customers, 'lead', { email: Email.of('grace@example.com') });

    await onVerified.handle(verified());
    expect((await customers.getById(id)).userId).toBeNull();
    await handler.handle(registered());

    expect((await customers.getById(id)).userId).toBe(USER);
  });

  it('makes the lead on verification when the waiting customer was deleted meanwhile', async () => {
    const id = await storedCustomer(customers, 'lead', { email: Email.of('grace@example.com') });
    await handler.handle(registered());
    const waiting = await customers.getById(id);
    waiting.delete();
    await customers.save(waiting);

    await onVerified.handle(verified());

    const [lead] = await all();
    expect(lead).toMatchObject({ userId: USER, assignedTo: null, name: 'Grace Hopper' });
  });

  it("does nothing for a verified user whose registration is unknown and no one's customer", async () => {
    await onVerified.handle(verified());

    expect(await all()).toEqual([]);
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
