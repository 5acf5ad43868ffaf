import { createHash } from 'node:crypto';
import { describeAggregateRepositoryContract, Email, newId, OpenedRepository, stored } from '@promenade/ddd';
import { Contact, ContactState } from '../../domain/contact/contact.aggregate';
import { ContactValue } from '../../domain/contact/contact-value';
import { ContactNotFound } from '../../domain/contact/contact.errors';
import { ContactRepository } from '../../domain/contact/contact.repository';
import { Profile, ProfileState } from '../../domain/profile/profile.aggregate';
import { ProfileNotFound } from '../../domain/profile/profile.errors';
import { ProfileRepository } from '../../domain/profile/profile.repository';
import { Role, RoleState } from '../../domain/role/role.aggregate';
import { RoleNotFound } from '../../domain/role/role.errors';
import { RoleRepository } from '../../domain/role/role.repository';
import { Session, SessionState } from '../../domain/session/session.aggregate';
import { SessionNotFound } from '../../domain/session/session.errors';
import { SessionRepository } from '../../domain/session/session.repository';
import { SYSTEM_ROLES } from '../../domain/role/system-roles';
import { User, UserState } from '../../domain/user/user.aggregate';
import { UserNotFound } from '../../domain/user/user.errors';
import { UserRepository } from '../../domain/user/user.repository';

/** The users the session, contact and profile suites hang their aggregates on; a database must hold them first (foreign keys). */
export const CONTRACT_USERS = ['0190a5b0-7c4e-7d2a-9b3c-00000000c001', '0190a5b0-7c4e-7d2a-9b3c-00000000c002'] as const;
const [OWNER, OTHER] = CONTRACT_USERS;

const registered = (email = `someone-${newId()}@example.com`) =>
  User.register({ email: Email.of(email), passwordHash: 'hash', displayName: 'Someone' });
const emailContact = (userId: string, address: string, existing: readonly Contact[] = []) =>
  Contact.create(userId, ContactValue.of('email', { value: address }), existing);
/** A refresh token's hash as the store holds it: 64 hex digits (SHA-256). */
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const started = (userId: string = OWNER, tokenHash = hashOf(newId())) => Session.start({ userId, epoch: 0, tokenHash, ttlSeconds: 3_600 });
const customRole = () =>
  Role.create({ name: `auditor-${newId().slice(-8)}`, description: 'Reads the permission catalog', permissions: ['permissions:read'] });
const ids = (page: { items: Array<{ id: string }> }) => page.items.map((item) => item.id);

/** What every UserRepository does, the in-memory fake and the TypeORM adapter alike (the login lookups lock rows: their own specs). */
export function describeUserRepositoryContract(open: () => Promise<OpenedRepository<UserRepository>>): void {
  const { current } = describeAggregateRepositoryContract<User, UserState, UserRepository>({
    open,
    create: () => registered(),
    restore: User.restore,
    load: (users, id) => users.getById(id),
    change: (user) => user.suspend(),
  });

  it('answers UserNotFound, or nothing, for an id it does not hold', async () => {
    const { repository: users } = current();
    await expect(users.getById(newId())).rejects.toBeInstanceOf(UserNotFound);
    expect(await users.find(newId())).toBeUndefined();
  });

  it('finds a user by the normal form of the address', async () => {
    const { repository: users } = current();
    const user = registered('Ada.Lovelace@Example.com');
    await users.save(user);

    expect((await users.findByEmail(Email.of('ada.lovelace@example.com')))?.id).toBe(user.id);
    expect(await users.findByEmail(Email.of('grace@example.com'))).toBeUndefined();
  });

  it('pages the users that match status, role and part of the address, newest first, with the number of matches', async () => {
    const { repository: users } = current();
    const [ada, grace, suspended] = [registered('ada@example.com'), registered('grace@example.com'), registered('alan@example.com')];
    grace.assignRoles(['user', 'support']);
    suspended.suspend();
    for (const user of [ada, grace, suspended]) await users.save(user);

    expect(ids(await users.findPage({ status: 'active' }, 0, 10))).toEqual([grace.id, ada.id]);
    expect(ids(await users.findPage({ role: 'support' }, 0, 10))).toEqual([grace.id]);
    expect(ids(await users.findPage({ email: 'ADA@' }, 0, 10))).toEqual([ada.id]);
    expect(await users.findPage({}, 1, 1)).toMatchObject({ total: 3, items: [{ id: grace.id }] });
  });
}

/** What every SessionRepository does, the in-memory fake and the TypeORM adapter alike; CONTRACT_USERS must exist. */
export function describeSessionRepositoryContract(open: () => Promise<OpenedRepository<SessionRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Session, SessionState, SessionRepository>({
    open,
    create: () => started(),
    restore: Session.restore,
    load: (sessions, id) => sessions.getById(id),
    change: (session) => session.revoke('logout'),
  });

  it('answers SessionNotFound, or nothing, for an id it does not hold', async () => {
    const { repository: sessions } = current();
    await expect(sessions.getById(newId())).rejects.toBeInstanceOf(SessionNotFound);
    expect(await sessions.find(newId())).toBeUndefined();
  });

  it('finds a session by its current or a recently spent token hash', async () => {
    const { repository: sessions } = current();
    const session = started(OWNER, hashOf('a'));
    session.rotate(hashOf('a'), { tokenHash: hashOf('b'), ttlSeconds: 3_600 });
    await sessions.save(session);
    await sessions.save(started(OTHER, hashOf('c')));

    expect((await sessions.findByTokenHash(hashOf('b')))?.id).toBe(session.id);
    expect((await sessions.findByTokenHash(hashOf('a')))?.id).toBe(session.id);
    expect(await sessions.findByTokenHash(hashOf('z'))).toBeUndefined();
  });
}

/** What every ContactRepository does, the in-memory fake and the TypeORM adapter alike; CONTRACT_USERS must exist. */
export function describeContactRepositoryContract(open: () => Promise<OpenedRepository<ContactRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Contact, ContactState, ContactRepository>({
    open,
    create: () => emailContact(OWNER, `ada-${newId()}@example.com`),
    restore: Contact.restore,
    load: (contacts, id) => contacts.getById(id),
    change: (contact) => contact.verify(),
  });

  it("hides a deleted contact, and another user's from a caller limited to their own, as missing ones", async () => {
    const { repository: contacts } = current();
    const kept = emailContact(OWNER, 'ada@example.com');
    const deleted = emailContact(OTHER, 'grace@example.com');
    await contacts.save(kept);
    await contacts.save(deleted);
    deleted.delete();
    await contacts.save(deleted);

    await expect(contacts.getById(deleted.id)).rejects.toBeInstanceOf(ContactNotFound);
    await expect(contacts.getById(kept.id, OTHER)).rejects.toBeInstanceOf(ContactNotFound);
    await expect(contacts.getById(kept.id, OWNER)).resolves.toMatchObject({ id: kept.id });
  });

  it("lists a user's live contacts of one type, and pages live contacts newest first", async () => {
    const { repository: contacts } = current();
    const first = emailContact(OWNER, 'ada@example.com');
    const second = emailContact(OWNER, 'ada@work.example.com', [first]);
    const gone = emailContact(OWNER, 'old@example.com', [first, second]);
    const others = emailContact(OTHER, 'grace@example.com');
    for (const contact of [first, second, gone, others]) await contacts.save(contact);
    gone.delete();
    await contacts.save(gone);

    expect((await contacts.findLiveOfType(OWNER, 'email')).map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
    expect(await contacts.findLiveOfType(OWNER, 'phone')).toEqual([]);
    expect(await contacts.findPage({ userId: OWNER, type: 'email' }, 0, 1)).toMatchObject({ total: 2, items: [{ id: second.id }] });
    expect(ids(await contacts.findPage({}, 0, 10))).toEqual([others.id, second.id, first.id]);
  });
}

/** What every ProfileRepository does, the in-memory fake and the TypeORM adapter alike; CONTRACT_USERS must exist. */
export function describeProfileRepositoryContract(open: () => Promise<OpenedRepository<ProfileRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Profile, ProfileState, ProfileRepository>({
    open,
    create: () => Profile.create(OWNER, 'Ada'),
    restore: Profile.restore,
    load: (profiles, id) => profiles.getById(id),
    change: (profile) => profile.update({ displayName: 'Ada L.', socialLinks: { github: 'https://github.com/ada' }, visibility: 'public' }),
  });

  it('answers ProfileNotFound for a user without a profile', async () => {
    await expect(current().repository.getById(OTHER)).rejects.toBeInstanceOf(ProfileNotFound);
  });
}

/** What every RoleRepository does, the in-memory fake and the TypeORM adapter alike. */
export function describeRoleRepositoryContract(open: () => Promise<OpenedRepository<RoleRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Role, RoleState, RoleRepository>({
    open,
    create: customRole,
    restore: Role.restore,
    load: (roles, id) => roles.list().then((all) => all.find((role) => role.id === id) ?? Promise.reject(new RoleNotFound(id))),
    change: (role) => role.update({ description: 'Reads the catalog' }),
  });

  it('finds system and custom roles by name, leaving unknown names out, and answers RoleNotFound for an unknown one', async () => {
    const { repository: roles } = current();
    const custom = customRole();
    await roles.save(custom);

    expect((await roles.findByNames(['admin', custom.name, 'nobody'])).map((role) => role.name)).toEqual(['admin', custom.name]);
    expect(stored(await roles.getByName(custom.name))).toEqual(stored(custom));
    await expect(roles.getByName('nobody')).rejects.toBeInstanceOf(RoleNotFound);
  });

  it('lists the system roles in their declared order, then the custom ones by name', async () => {
    const { repository: roles } = current();
    const [b, a] = [
      Role.create({ name: 'b-role', description: '', permissions: [] }),
      Role.create({ name: 'a-role', description: '', permissions: [] }),
    ];
    await roles.save(b);
    await roles.save(a);

    expect((await roles.list()).map((role) => role.name)).toEqual([...Object.keys(SYSTEM_ROLES), 'a-role', 'b-role']);
  });

  it('deletes a role only at the version it was read, handing on RoleDeleted', async () => {
    const { repository: roles, released } = current();
    const role = customRole();
    await roles.save(role);
    const stale = await roles.getByName(role.name);
    const read = await roles.getByName(role.name);
    read.update({ description: 'changed' });
    await roles.save(read);
    stale.delete();

    await expect(roles.delete(stale)).rejects.toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
    read.delete();
    await roles.delete(read);

    await expect(roles.getByName(role.name)).rejects.toBeInstanceOf(RoleNotFound);
    expect(released().at(-1)?.constructor.name).toBe('RoleDeleted');
  });
}
