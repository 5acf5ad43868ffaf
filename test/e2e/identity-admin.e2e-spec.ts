import { randomUUID } from 'node:crypto';
import { RouteSecurity } from '@promenade/auth';
import request from 'supertest';
import { ALL_PERMISSIONS } from '../../src/contexts/identity/domain/role/permission-catalog';
import { SYSTEM_ROLES } from '../../src/contexts/identity/domain/role/system-roles';
import { logIn, SignedIn, signUp, TEST_PASSWORD } from '../support/auth';
import { startTestApp, TestApp } from '../support/test-app';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';

describe('Identity administration: users, roles, permissions', () => {
  let t: TestApp;
  let http: ReturnType<typeof request>;
  let superadmin: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '5' });
    http = request(t.url);
    superadmin = await signUp(t, { roles: ['superadmin'] });
    admin = await signUp(t, { roles: ['admin'] });
  });

  afterAll(() => t?.close());

  const me = (who: Pick<SignedIn, 'headers'>) => http.get('/api/v1/identity/users/me').set(who.headers);
  const setRoles = (who: SignedIn, userId: string, roles: string[]) =>
    http.put(`/api/v1/identity/users/${userId}/roles`).set(who.headers).send({ roles });

  it('declares on its routes only permissions from the catalog', () => {
    const declared = t.app.get(RouteSecurity).declaredPermissions();
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter((permission) => !ALL_PERMISSIONS.includes(permission as never))).toEqual([]);
  });

  it('keeps user administration from callers without a token (401) or the permission (403)', async () => {
    const customer = await signUp(t);
    await http.get('/api/v1/identity/users').expect(401);
    const list = await http.get('/api/v1/identity/users').set(customer.headers).expect(403);
    expect(list.body).toMatchObject({ status: 403, code: 'PERMISSION_DENIED' });
    await http.get(`/api/v1/identity/users/${admin.userId}`).set(customer.headers).expect(403);
    await http.post(`/api/v1/identity/users/${admin.userId}/suspend`).set(customer.headers).expect(403);
    await http.get('/api/v1/identity/roles').set(customer.headers).expect(403);
    await http.get('/api/v1/identity/permissions').set(customer.headers).expect(403);
  });

  it('lists users newest first, filtered by status, role and part of the email, a page at a time', async () => {
    const domain = `list-${randomUUID().slice(0, 8)}.test`;
    const first = await signUp(t, { email: `first@${domain}` });
    const second = await signUp(t, { email: `Second@${domain.toUpperCase()}`, roles: ['manager'] });
    const third = await signUp(t, { email: `third@${domain}` });
    await http.post(`/api/v1/identity/users/${third.userId}/suspend`).set(admin.headers).expect(200);

    const all = await http.get('/api/v1/identity/users').query({ email: domain.toUpperCase() }).set(admin.headers).expect(200);
    expect(all.body).toMatchObject({ page: 1, limit: 20, total: 3 });
    expect(all.body.items.map((user: { id: string }) => user.id)).toEqual([third.userId, second.userId, first.userId]);
    expect(all.body.items[1]).toEqual({
      id: second.userId,
      email: second.email.toLowerCase(), // stored in its normal form
      status: 'active',
      roles: ['manager'],
      emailVerifiedAt: null,
      lockedUntil: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: expect.any(Number),
    });
    expect(JSON.stringify(all.body)).not.toMatch(/argon2|passwordHash/i);

    const suspended = await http.get('/api/v1/identity/users').query({ email: domain, status: 'suspended' }).set(admin.headers).expect(200);
    expect(suspended.body.items.map((user: { id: string }) => user.id)).toEqual([third.userId]);
    const managers = await http.get('/api/v1/identity/users').query({ email: domain, role: 'manager' }).set(admin.headers).expect(200);
    expect(managers.body).toMatchObject({ total: 1, items: [{ id: second.userId }] });

    const page2 = await http.get('/api/v1/identity/users').query({ email: domain, limit: 2, page: 2 }).set(admin.headers).expect(200);
    expect(page2.body).toMatchObject({ page: 2, limit: 2, total: 3 });
    expect(page2.body.items.map((user: { id: string }) => user.id)).toEqual([first.userId]);

    const invalid = await http
      .get('/api/v1/identity/users')
      .query({ status: 'sleeping', role: 'Not A Role' })
      .set(admin.headers)
      .expect(400);
    expect(invalid.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['role', 'status']);
  });

  it('reads one user, 404 for an unknown id', async () => {
    const customer = await signUp(t);
    const found = await http.get(`/api/v1/identity/users/${customer.userId}`).set(admin.headers).expect(200);
    expect(found.body).toMatchObject({ id: customer.userId, email: customer.email, roles: ['user'], status: 'active' });
    const missing = await http.get(`/api/v1/identity/users/${UNKNOWN}`).set(admin.headers).expect(404);
    expect(missing.body.code).toBe('USER_NOT_FOUND');
  });

  it('suspends a user: 200 with the user, their live token is refused at once, and they cannot log in until activated', async () => {
    const customer = await signUp(t);
    await me(customer).expect(200);

    const suspended = await http.post(`/api/v1/identity/users/${customer.userId}/suspend`).set(admin.headers).expect(200);
    expect(suspended.body).toMatchObject({ id: customer.userId, status: 'suspended' });

    const refused = await me(customer).expect(401);
    expect(refused.body.code).toBe('UNAUTHENTICATED');
    await expect(logIn(t, customer.email, TEST_PASSWORD)).rejects.toThrow(/401/);
    const again = await http.post(`/api/v1/identity/users/${customer.userId}/suspend`).set(admin.headers).expect(409);
    expect(again.body.code).toBe('USER_INVALID_TRANSITION');

    const activated = await http.post(`/api/v1/identity/users/${customer.userId}/activate`).set(admin.headers).expect(200);
    expect(activated.body.status).toBe('active');
    await me(customer).expect(401); // the old session stays ended
    await me(await logIn(t, customer.email, TEST_PASSWORD)).expect(200);
  });

  it('bans a user, ending their sessions', async () => {
    const customer = await signUp(t);
    const banned = await http.post(`/api/v1/identity/users/${customer.userId}/ban`).set(admin.headers).expect(200);
    expect(banned.body.status).toBe('banned');
    await me(customer).expect(401);
  });

  it('unlocks a user locked by failed logins', async () => {
    const customer = await signUp(t);
    for (let i = 0; i < 5; i++)
      await http.post('/api/v1/identity/auth/login').send({ email: customer.email, password: 'not the password at all' }).expect(401);
    await expect(logIn(t, customer.email, TEST_PASSWORD)).rejects.toThrow(/401/);
    const locked = await http.get(`/api/v1/identity/users/${customer.userId}`).set(admin.headers).expect(200);
    expect(new Date(locked.body.lockedUntil).getTime()).toBeGreaterThan(Date.now());

    const unlocked = await http.post(`/api/v1/identity/users/${customer.userId}/unlock`).set(admin.headers).expect(200);
    expect(unlocked.body.lockedUntil).toBeNull();
    await me(await logIn(t, customer.email, TEST_PASSWORD)).expect(200);
    const notLocked = await http.post(`/api/v1/identity/users/${customer.userId}/unlock`).set(admin.headers).expect(409);
    expect(notLocked.body.code).toBe('USER_NOT_LOCKED');
  });

  it('keeps an admin from making or touching a superadmin (403 PRIVILEGE_ESCALATION); a superadmin can', async () => {
    const customer = await signUp(t);
    const escalation = await setRoles(admin, customer.userId, ['superadmin']).expect(403);
    expect(escalation.body).toMatchObject({ status: 403, code: 'PRIVILEGE_ESCALATION' });
    expect(escalation.body.detail).toContain('*:*');
    const other = await signUp(t, { roles: ['superadmin'] });
    expect((await http.post(`/api/v1/identity/users/${other.userId}/suspend`).set(admin.headers).expect(403)).body.code).toBe(
      'PRIVILEGE_ESCALATION',
    );
    expect((await setRoles(admin, other.userId, ['user']).expect(403)).body.code).toBe('PRIVILEGE_ESCALATION');

    const promoted = await setRoles(superadmin, customer.userId, ['superadmin']).expect(200);
    expect(promoted.body.roles).toEqual(['superadmin']);
    // Effective at once: the same token now reaches an admin route.
    await http.get('/api/v1/identity/roles').set(customer.headers).expect(200);
  });

  it("refuses administering one's own account (409 USER_SELF_ACTION), an unknown role (422 ROLE_UNKNOWN) and bad lists", async () => {
    expect((await http.post(`/api/v1/identity/users/${admin.userId}/suspend`).set(admin.headers).expect(409)).body.code).toBe(
      'USER_SELF_ACTION',
    );
    expect((await setRoles(superadmin, superadmin.userId, ['user']).expect(409)).body.code).toBe('USER_SELF_ACTION');
    const customer = await signUp(t);
    const unknown = await setRoles(admin, customer.userId, ['user', 'no-such-role']).expect(422);
    expect(unknown.body).toMatchObject({ code: 'ROLE_UNKNOWN', detail: expect.stringContaining('no-such-role') });
    expect((await setRoles(admin, customer.userId, []).expect(422)).body.code).toBe('USER_ROLES_INVALID');
    expect((await setRoles(admin, customer.userId, ['Bad Name']).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await setRoles(admin, UNKNOWN, ['user']).expect(404)).body.code).toBe('USER_NOT_FOUND');
  });

  it('runs a custom role through its life: create, grant (effective at once), change, refuse deletion while held, take back, delete', async () => {
    const name = `auditor-${randomUUID().slice(0, 8)}`;
    const holder = await signUp(t, { roles: ['guest'] });
    await http.get('/api/v1/identity/users').set(holder.headers).expect(403);

    const created = await http
      .post('/api/v1/identity/roles')
      .set(admin.headers)
      .send({ name, description: 'Reads users', permissions: ['users:read', 'account:read'] })
      .expect(201);
    expect(created.body).toEqual({
      name,
      description: 'Reads users',
      permissions: ['account:read', 'users:read'],
      isSystem: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    expect(
      (await http.post('/api/v1/identity/roles').set(admin.headers).send({ name, description: '', permissions: [] }).expect(409)).body.code,
    ).toBe('ROLE_NAME_TAKEN');

    await setRoles(admin, holder.userId, ['guest', name]).expect(200);
    await http.get('/api/v1/identity/users').set(holder.headers).expect(200);
    await http.get('/api/v1/identity/roles').set(holder.headers).expect(403);

    const changed = await http
      .patch(`/api/v1/identity/roles/${name}`)
      .set(admin.headers)
      .send({ permissions: ['users:read', 'roles:read'] })
      .expect(200);
    expect(changed.body).toMatchObject({ description: 'Reads users', permissions: ['roles:read', 'users:read'], version: 2 });
    await http.get('/api/v1/identity/roles').set(holder.headers).expect(200);

    const inUse = await http.delete(`/api/v1/identity/roles/${name}`).set(admin.headers).expect(409);
    expect(inUse.body.code).toBe('ROLE_IN_USE');

    await setRoles(admin, holder.userId, ['guest']).expect(200);
    await http.get('/api/v1/identity/users').set(holder.headers).expect(403);
    await http.delete(`/api/v1/identity/roles/${name}`).set(admin.headers).expect(204);
    expect((await http.get(`/api/v1/identity/roles/${name}`).set(admin.headers).expect(404)).body.code).toBe('ROLE_NOT_FOUND');
  });

  it('keeps the system roles as the code defines them', async () => {
    const listed = await http.get('/api/v1/identity/roles').set(admin.headers).expect(200);
    expect(
      listed.body.items
        .slice(0, Object.keys(SYSTEM_ROLES).length)
        .map((role: { name: string; isSystem: boolean }) => [role.name, role.isSystem]),
    ).toEqual(Object.keys(SYSTEM_ROLES).map((name) => [name, true]));
    const superadminRole = await http.get('/api/v1/identity/roles/superadmin').set(admin.headers).expect(200);
    expect(superadminRole.body).toEqual({
      name: 'superadmin',
      description: SYSTEM_ROLES.superadmin.description,
      permissions: ['*:*'],
      isSystem: true,
      createdAt: null,
      updatedAt: null,
      version: 0,
    });

    const patch = await http.patch('/api/v1/identity/roles/manager').set(superadmin.headers).send({ description: 'mine now' }).expect(409);
    expect(patch.body.code).toBe('ROLE_SYSTEM_IMMUTABLE');
    expect((await http.delete('/api/v1/identity/roles/user').set(superadmin.headers).expect(409)).body.code).toBe('ROLE_SYSTEM_IMMUTABLE');
    expect(
      (
        await http
          .post('/api/v1/identity/roles')
          .set(superadmin.headers)
          .send({ name: 'admin', description: '', permissions: [] })
          .expect(409)
      ).body.code,
    ).toBe('ROLE_NAME_TAKEN');
    const wildcard = await http
      .post('/api/v1/identity/roles')
      .set(superadmin.headers)
      .send({ name: 'root-too', description: '', permissions: ['*:*'] })
      .expect(422);
    expect(wildcard.body.code).toBe('PERMISSION_UNKNOWN');
  });

  it('lists the permission catalog with the system roles that have each', async () => {
    const { body } = await http.get('/api/v1/identity/permissions?limit=100').set(admin.headers).expect(200);
    expect(body).toMatchObject({ page: 1, limit: 100, total: ALL_PERMISSIONS.length });
    expect(body.items.map((entry: { name: string }) => entry.name)).toEqual(ALL_PERMISSIONS);
    expect(body.items.find((entry: { name: string }) => entry.name === 'users:manage')).toEqual({
      name: 'users:manage',
      description: 'Suspend, ban, activate and unlock users',
      systemRoles: ['superadmin', 'admin'],
    });
  });
});
