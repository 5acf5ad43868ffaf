import request from 'supertest';
import { DataSource } from 'typeorm';
import { Contact } from '../../src/contexts/identity/domain/contact/contact.aggregate';
import { CONTACT_REPOSITORY, ContactRepository } from '../../src/contexts/identity/domain/contact/contact.repository';
import { ContactValue } from '../../src/contexts/identity/domain/contact/contact-value';
import { SignedIn, signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { startTestApp, TestApp } from '../support/test-app';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';
const CONTACTS = '/api/v1/identity/contacts';
const contact = (id: string) => `${CONTACTS}/${id}`;
const berlin = { line1: 'Alexanderplatz 1', city: 'Berlin', postalCode: '10178', country: 'DE' };

describe('Identity: contacts through HTTP', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    testApp = await startTestApp();
    http = request(testApp.url);
  });

  afterAll(() => testApp?.close());

  async function create(user: SignedIn, body: object): Promise<any> {
    const response = await http.post(CONTACTS).set(user.headers).send(body);
    expect(response.status).toBe(201);
    return response.body;
  }

  describe('your own contacts', () => {
    it('adds an email, a phone (stored in E.164) and an address, the first of each type primary', async () => {
      const ada = await signUp(testApp);

      const email = await create(ada, { type: 'email', value: 'ada@example.com' });
      const phone = await create(ada, { type: 'phone', value: '030 1234567', country: 'DE' });
      const address = await create(ada, { type: 'address', address: { ...berlin, line2: ' ' } });

      expect(email).toEqual({
        id: expect.any(String),
        userId: ada.userId,
        type: 'email',
        value: 'ada@example.com',
        address: null,
        isPrimary: true,
        verifiedAt: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        version: 1,
      });
      expect(phone).toMatchObject({ type: 'phone', value: '+49301234567', isPrimary: true });
      expect(address).toMatchObject({ type: 'address', value: 'Alexanderplatz 1, 10178 Berlin, DE', address: berlin, isPrimary: true });
    });

    it('lists them newest first, filtered by type and paged', async () => {
      const ada = await signUp(testApp);
      const first = await create(ada, { type: 'email', value: 'ada@example.com' });
      const second = await create(ada, { type: 'email', value: 'lovelace@example.com' });
      const phone = await create(ada, { type: 'phone', value: '+44 20 7946 0958' });

      const all = await http.get(CONTACTS).set(ada.headers).expect(200);
      expect(all.body).toMatchObject({ page: 1, limit: 20, total: 3 });
      expect(all.body.items.map((c: any) => c.id)).toEqual([phone.id, second.id, first.id]);

      const emails = await http.get(`${CONTACTS}?type=email&page=2&limit=1`).set(ada.headers).expect(200);
      expect(emails.body).toMatchObject({ page: 2, limit: 1, total: 2 });
      expect(emails.body.items.map((c: any) => c.id)).toEqual([first.id]);

      const mine = await http.get(`${CONTACTS}?userId=${ada.userId}`).set(ada.headers).expect(200);
      expect(mine.body.total).toBe(3);
    });

    it('reads one by id', async () => {
      const ada = await signUp(testApp);
      const created = await create(ada, { type: 'email', value: 'ada@example.com' });

      const { body } = await http.get(contact(created.id)).set(ada.headers).expect(200);

      expect(body).toEqual(created);
    });

    it('changes the value with PATCH, which clears the verification', async () => {
      const ada = await signUp(testApp);
      const admin = await signUp(testApp, { roles: ['admin'] });
      const phone = await create(ada, { type: 'phone', value: '+49 30 1234567' });
      await http
        .post(`${contact(phone.id)}/verify`)
        .set(admin.headers)
        .expect(200);

      const { body } = await http.patch(contact(phone.id)).set(ada.headers).send({ value: '030 7654321', country: 'DE' }).expect(200);

      expect(body).toMatchObject({ id: phone.id, value: '+49307654321', verifiedAt: null, version: 3 });
    });

    it('replaces an address whole with PATCH', async () => {
      const ada = await signUp(testApp);
      const home = await create(ada, { type: 'address', address: { ...berlin, region: 'Berlin' } });

      const { body } = await http
        .patch(contact(home.id))
        .set(ada.headers)
        .send({ address: { line1: '1 Main St', city: 'Springfield', country: 'US' } })
        .expect(200);

      expect(body.address).toEqual({ line1: '1 Main St', city: 'Springfield', country: 'US' });
      expect(body.value).toBe('1 Main St, Springfield, US');
    });

    it('deletes one with 204; it is then gone for every operation', async () => {
      const ada = await signUp(testApp);
      const admin = await signUp(testApp, { roles: ['admin'] });
      const created = await create(ada, { type: 'email', value: 'ada@example.com' });

      await http.delete(contact(created.id)).set(ada.headers).expect(204);

      expectProblem(await http.get(contact(created.id)).set(ada.headers), 404, 'CONTACT_NOT_FOUND');
      expectProblem(await http.patch(contact(created.id)).set(ada.headers).send({ value: 'x@example.com' }), 404, 'CONTACT_NOT_FOUND');
      expectProblem(await http.delete(contact(created.id)).set(ada.headers), 404, 'CONTACT_NOT_FOUND');
      expectProblem(await http.post(`${contact(created.id)}/primary`).set(ada.headers), 404, 'CONTACT_NOT_FOUND');
      expectProblem(await http.post(`${contact(created.id)}/verify`).set(admin.headers), 404, 'CONTACT_NOT_FOUND');
      const { body } = await http.get(CONTACTS).set(ada.headers).expect(200);
      expect(body.total).toBe(0);
      // Soft delete: the row stays for its history, and the value may be added again.
      const [row] = await testApp.app.get(DataSource).query('SELECT deleted_at FROM identity.contacts WHERE id = $1', [created.id]);
      expect(row.deleted_at).toBeInstanceOf(Date);
      await create(ada, { type: 'email', value: 'ada@example.com' });
    });
  });

  describe('the primary contact', () => {
    it('moves to the contact made primary, the previous one demoted', async () => {
      const ada = await signUp(testApp);
      const first = await create(ada, { type: 'email', value: 'ada@example.com' });
      const second = await create(ada, { type: 'email', value: 'lovelace@example.com' });
      const phone = await create(ada, { type: 'phone', value: '+49 30 1234567' });
      expect(second.isPrimary).toBe(false);

      const { body } = await http
        .post(`${contact(second.id)}/primary`)
        .set(ada.headers)
        .expect(200);

      expect(body).toMatchObject({ id: second.id, isPrimary: true });
      expect((await http.get(contact(first.id)).set(ada.headers).expect(200)).body.isPrimary).toBe(false);
      expect((await http.get(contact(phone.id)).set(ada.headers).expect(200)).body.isPrimary).toBe(true);
      await http
        .post(`${contact(second.id)}/primary`)
        .set(ada.headers)
        .expect(200);
      expect((await http.get(contact(second.id)).set(ada.headers).expect(200)).body).toMatchObject({ isPrimary: true, version: 2 });
    });

    it('is gone for its type when the primary is deleted, until another is chosen', async () => {
      const ada = await signUp(testApp);
      const first = await create(ada, { type: 'email', value: 'ada@example.com' });
      const second = await create(ada, { type: 'email', value: 'lovelace@example.com' });

      await http.delete(contact(first.id)).set(ada.headers).expect(204);

      const { body } = await http.get(`${CONTACTS}?type=email`).set(ada.headers).expect(200);
      expect(body.items.map((c: any) => [c.id, c.isPrimary])).toEqual([[second.id, false]]);
      await http
        .post(`${contact(second.id)}/primary`)
        .set(ada.headers)
        .expect(200);
    });

    it('is guaranteed one per type and user by the database itself (a partial unique index)', async () => {
      const ada = await signUp(testApp);
      const first = await create(ada, { type: 'email', value: 'ada@example.com' });
      const second = await create(ada, { type: 'email', value: 'lovelace@example.com' });
      const database = testApp.app.get(DataSource);
      const promote = (id: string) => database.query('UPDATE identity.contacts SET is_primary = true WHERE id = $1', [id]);

      await expect(promote(second.id)).rejects.toThrow(/contacts_one_primary_per_type/);

      // Deleted rows are outside the index: once the primary is deleted, another may be primary.
      await http.delete(contact(first.id)).set(ada.headers).expect(204);
      await expect(promote(second.id)).resolves.toBeDefined();
      const rows = await database.query('SELECT id FROM identity.contacts WHERE user_id = $1 AND is_primary', [ada.userId]);
      expect(rows).toEqual([{ id: second.id }]);
    });

    it('answers a request that lost a race to the unique indexes with 409, not 500', async () => {
      const ada = await signUp(testApp);
      const contacts = testApp.app.get<symbol, ContactRepository>(CONTACT_REPOSITORY);
      const email = (value: string) => ContactValue.of('email', { value });
      // Each built as if the stored contacts were not there yet, as a concurrent request would have read them.
      await contacts.save(Contact.create(ada.userId, email('ada@example.com'), []));
      const sameValue = Contact.create(ada.userId, email('ada@example.com'), [Contact.create(ada.userId, email('decoy@example.com'), [])]);
      const secondPrimary = Contact.create(ada.userId, email('lovelace@example.com'), []);

      await expect(contacts.save(sameValue)).rejects.toMatchObject({ code: 'CONTACT_DUPLICATE' });
      await expect(contacts.save(secondPrimary)).rejects.toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
      expect((await http.get(CONTACTS).set(ada.headers).expect(200)).body.total).toBe(1);
    });
  });

  describe('verification (staff: contacts:verify)', () => {
    it('marks a contact verified, and refuses to verify it again with 409', async () => {
      const ada = await signUp(testApp);
      const admin = await signUp(testApp, { roles: ['admin'] });
      const created = await create(ada, { type: 'email', value: 'ada@example.com' });

      const { body } = await http
        .post(`${contact(created.id)}/verify`)
        .set(admin.headers)
        .expect(200);
      expect(body).toMatchObject({ id: created.id, verifiedAt: expect.any(String), version: 2 });

      expectProblem(await http.post(`${contact(created.id)}/verify`).set(admin.headers), 409, 'CONTACT_ALREADY_VERIFIED');
    });

    it("verifying an email contact with the user's login address marks the user's email verified", async () => {
      const ada = await signUp(testApp);
      const admin = await signUp(testApp, { roles: ['admin'] });
      expect((await http.get('/api/v1/identity/users/me').set(ada.headers).expect(200)).body.emailVerifiedAt).toBeNull();
      const other = await create(ada, { type: 'email', value: 'ada.other@example.com' });
      await http
        .post(`${contact(other.id)}/verify`)
        .set(admin.headers)
        .expect(200);
      expect((await http.get('/api/v1/identity/users/me').set(ada.headers).expect(200)).body.emailVerifiedAt).toBeNull();

      const login = await create(ada, { type: 'email', value: ada.email.toUpperCase() });
      await http
        .post(`${contact(login.id)}/verify`)
        .set(admin.headers)
        .expect(200);
      expect((await http.get('/api/v1/identity/users/me').set(ada.headers).expect(200)).body.emailVerifiedAt).toEqual(expect.any(String));
    });

    it('is refused to a plain user with 403, even on their own contact', async () => {
      const ada = await signUp(testApp);
      const created = await create(ada, { type: 'email', value: 'ada@example.com' });

      expectProblem(await http.post(`${contact(created.id)}/verify`).set(ada.headers), 403, 'PERMISSION_DENIED');
      expect((await http.get(contact(created.id)).set(ada.headers).expect(200)).body.verifiedAt).toBeNull();
    });
  });

  describe("other users' contacts", () => {
    it("reading another user's contact by id answers 404 with the same body shape as a missing one", async () => {
      const ada = await signUp(testApp);
      const mallory = await signUp(testApp);
      const adas = await create(ada, { type: 'email', value: 'ada@example.com' });

      const foreign = await http.get(contact(adas.id)).set(mallory.headers);
      const missing = await http.get(contact(UNKNOWN)).set(mallory.headers);

      expectProblem(foreign, 404, 'CONTACT_NOT_FOUND');
      expectProblem(missing, 404, 'CONTACT_NOT_FOUND');
      const withoutId = (body: object, id: string) => JSON.parse(JSON.stringify(body).replaceAll(id, '<id>'));
      expect(withoutId(foreign.body, adas.id)).toEqual(withoutId(missing.body, UNKNOWN));
    });

    it('cannot be changed, deleted or made primary without contacts:write:any: 404, and nothing changes', async () => {
      const ada = await signUp(testApp);
      const mallory = await signUp(testApp);
      const first = await create(ada, { type: 'email', value: 'ada@example.com' });
      const second = await create(ada, { type: 'email', value: 'lovelace@example.com' });

      expectProblem(
        await http.patch(contact(first.id)).set(mallory.headers).send({ value: 'mallory@example.com' }),
        404,
        'CONTACT_NOT_FOUND',
      );
      expectProblem(await http.delete(contact(first.id)).set(mallory.headers), 404, 'CONTACT_NOT_FOUND');
      expectProblem(await http.post(`${contact(second.id)}/primary`).set(mallory.headers), 404, 'CONTACT_NOT_FOUND');

      expect((await http.get(contact(first.id)).set(ada.headers).expect(200)).body).toEqual(first);
      expect((await http.get(contact(second.id)).set(ada.headers).expect(200)).body).toEqual(second);
    });

    it('are never listed to a plain user, and naming their owner in the list answers 403', async () => {
      const ada = await signUp(testApp);
      const mallory = await signUp(testApp);
      await create(ada, { type: 'email', value: 'ada@example.com' });

      expect((await http.get(CONTACTS).set(mallory.headers).expect(200)).body).toMatchObject({ items: [], total: 0 });
      expectProblem(await http.get(`${CONTACTS}?userId=${ada.userId}`).set(mallory.headers), 403, 'PERMISSION_DENIED');
    });

    it('cannot be added for another user without contacts:write:any: 403', async () => {
      const ada = await signUp(testApp);
      const mallory = await signUp(testApp);

      expectProblem(
        await http.post(CONTACTS).set(mallory.headers).send({ type: 'email', value: 'x@example.com', userId: ada.userId }),
        403,
        'PERMISSION_DENIED',
      );
      expect((await http.get(CONTACTS).set(ada.headers).expect(200)).body.total).toBe(0);
    });

    it("a manager (roles: ['manager']) can read anybody's contacts", async () => {
      const ada = await signUp(testApp);
      const manager = await signUp(testApp, { roles: ['manager'] });
      const adas = await create(ada, { type: 'phone', value: '+49 30 1234567' });

      expect((await http.get(contact(adas.id)).set(manager.headers).expect(200)).body).toEqual(adas);
      const listed = await http.get(`${CONTACTS}?userId=${ada.userId}`).set(manager.headers).expect(200);
      expect(listed.body.items).toEqual([adas]);
      const everybody = await http.get(`${CONTACTS}?type=phone&limit=100`).set(manager.headers).expect(200);
      expect(everybody.body.items.map((c: any) => c.id)).toContain(adas.id);
      // Reading is not writing: a manager lacks contacts:write:any.
      expectProblem(await http.delete(contact(adas.id)).set(manager.headers), 404, 'CONTACT_NOT_FOUND');
    });

    it("an admin (contacts:write:any) adds and changes anybody's contacts", async () => {
      const ada = await signUp(testApp);
      const admin = await signUp(testApp, { roles: ['admin'] });

      const added = await create(admin, { type: 'email', value: 'ada@example.com', userId: ada.userId });
      expect(added).toMatchObject({ userId: ada.userId, isPrimary: true });
      await http.patch(contact(added.id)).set(admin.headers).send({ value: 'lovelace@example.com' }).expect(200);
      expect((await http.get(contact(added.id)).set(ada.headers).expect(200)).body.value).toBe('lovelace@example.com');
      expectProblem(
        await http.post(CONTACTS).set(admin.headers).send({ type: 'email', value: 'x@example.com', userId: UNKNOWN }),
        404,
        'USER_NOT_FOUND',
      );
    });
  });

  describe('refuses bad requests with problem+json and changes nothing', () => {
    it('answers 401 without a token', async () => {
      expectProblem(await http.get(CONTACTS), 401, 'UNAUTHENTICATED');
      expectProblem(await http.post(CONTACTS).send({ type: 'email', value: 'ada@example.com' }), 401, 'UNAUTHENTICATED');
      expectProblem(await http.get(contact(UNKNOWN)), 401, 'UNAUTHENTICATED');
    });

    it('answers 422 for an invalid value, with its code', async () => {
      const ada = await signUp(testApp);
      const send = (body: object) => http.post(CONTACTS).set(ada.headers).send(body);

      expectProblem(await send({ type: 'phone', value: '12345' }), 422, 'CONTACT_PHONE_INVALID');
      expectProblem(await send({ type: 'phone', value: '030 1234567' }), 422, 'CONTACT_PHONE_INVALID');
      expectProblem(await send({ type: 'phone', value: '030 1234567', country: 'XX' }), 422, 'CONTACT_PHONE_INVALID');
      expectProblem(await send({ type: 'email', value: 'not-an-email' }), 422, 'EMAIL_INVALID');
      expectProblem(await send({ type: 'address', address: { ...berlin, country: 'XX' } }), 422, 'CONTACT_ADDRESS_INVALID');
      expectProblem(await send({ type: 'address', address: { ...berlin, city: '  ' } }), 422, 'CONTACT_ADDRESS_INVALID');
      expectProblem(await send({ type: 'email', value: 'ada@example.com', country: 'DE' }), 422, 'CONTACT_VALUE_INVALID');
      expectProblem(await send({ type: 'address', value: 'Alexanderplatz 1', address: berlin }), 422, 'CONTACT_VALUE_INVALID');
      expect((await http.get(CONTACTS).set(ada.headers).expect(200)).body.total).toBe(0);
    });

    it('answers 422 for a PATCH whose fields do not fit the contact', async () => {
      const ada = await signUp(testApp);
      const phone = await create(ada, { type: 'phone', value: '+49 30 1234567' });

      expectProblem(await http.patch(contact(phone.id)).set(ada.headers).send({ value: 'nope' }), 422, 'CONTACT_PHONE_INVALID');
      expectProblem(await http.patch(contact(phone.id)).set(ada.headers).send({ address: berlin }), 422, 'CONTACT_VALUE_INVALID');
      expect((await http.get(contact(phone.id)).set(ada.headers).expect(200)).body).toEqual(phone);
    });

    it('answers 409 CONTACT_DUPLICATE for the same value twice, however it is written', async () => {
      const ada = await signUp(testApp);
      await create(ada, { type: 'phone', value: '+49 30 1234567' });
      const other = await create(ada, { type: 'email', value: 'ada@example.com' });

      expectProblem(
        await http.post(CONTACTS).set(ada.headers).send({ type: 'phone', value: '030 1234567', country: 'DE' }),
        409,
        'CONTACT_DUPLICATE',
      );
      expectProblem(await http.post(CONTACTS).set(ada.headers).send({ type: 'email', value: 'ADA@example.com' }), 409, 'CONTACT_DUPLICATE');
      const second = await create(ada, { type: 'email', value: 'lovelace@example.com' });
      expectProblem(await http.patch(contact(second.id)).set(ada.headers).send({ value: 'Ada@Example.com' }), 409, 'CONTACT_DUPLICATE');
      expect((await http.get(contact(other.id)).set(ada.headers).expect(200)).body.value).toBe('ada@example.com');
    });

    it('answers 400 for a missing field, an unknown type or field, or a malformed id', async () => {
      const ada = await signUp(testApp);
      const send = (body: object) => http.post(CONTACTS).set(ada.headers).send(body);

      const missingValue = await send({ type: 'email' });
      expectProblem(missingValue, 400, 'VALIDATION_FAILED');
      // Only the missing field is named (its length rule reports too, as class-validator checks every rule).
      expect(new Set(missingValue.body.errors.map((error: { field: string }) => error.field))).toEqual(new Set(['value']));
      expect(missingValue.body.errors).toContainEqual({ field: 'value', message: 'value must be a string' });
      expectProblem(await send({ type: 'address' }), 400, 'VALIDATION_FAILED');
      expectProblem(await send({ type: 'fax', value: '123' }), 400, 'VALIDATION_FAILED');
      const unknown = await send({ type: 'email', value: 'ada@example.com', label: 'home' });
      expect(unknown.body.errors).toEqual([{ field: 'label', message: 'property label should not exist' }]);
      expectProblem(await send({ type: 'address', address: { ...berlin, street: 'x' } }), 400, 'VALIDATION_FAILED');
      expectProblem(await http.get(contact('not-a-uuid')).set(ada.headers), 400, 'VALIDATION_FAILED');
      expectProblem(await http.get(`${CONTACTS}?type=fax`).set(ada.headers), 400, 'VALIDATION_FAILED');
    });
  });
});
