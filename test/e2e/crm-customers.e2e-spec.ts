import { randomUUID } from 'node:crypto';
import { EVENT_TRANSPORT, EventTransport } from '@promenade/messaging';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SignedIn, signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';
const CUSTOMERS = '/api/v1/crm/customers';
const customer = (id: string, action = '') => `${CUSTOMERS}/${id}${action}`;

describe('CRM: customers through HTTP', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof request>;
  let admin: SignedIn;
  let rep: SignedIn;
  let otherRep: SignedIn;

  beforeAll(async () => {
    testApp = await startTestApp();
    http = request(testApp.url);
    [admin, rep, otherRep] = await Promise.all([
      signUp(testApp, { roles: ['admin'] }),
      signUp(testApp, { roles: ['manager'] }),
      signUp(testApp, { roles: ['manager'] }),
    ]);
  });

  afterAll(() => testApp?.close());

  const uniqueEmail = () => `customer-${randomUUID()}@example.com`;

  async function create(by: SignedIn, body: object = {}): Promise<any> {
    const response = await http
      .post(CUSTOMERS)
      .set(by.headers)
      .send({ name: 'Ada Lovelace', email: uniqueEmail(), source: 'referral', assignedTo: by.userId, ...body });
    expect(response.status).toBe(201);
    return response.body;
  }

  describe('a rep with their own customers', () => {
    it('creates a lead with the details given, tags in lower case', async () => {
      const email = uniqueEmail();

      const created = await create(rep, { email, phone: '+44 20 7946 0958', tags: ['VIP', 'q3-campaign'] });

      expect(created).toEqual({
        id: expect.any(String),
        name: 'Ada Lovelace',
        email,
        phone: '+44 20 7946 0958',
        source: 'referral',
        assignedTo: rep.userId,
        companyId: null,
        userId: null,
        tags: ['vip', 'q3-campaign'],
        tier: 'free',
        status: 'lead',
        convertedAt: null,
        churnedAt: null,
        churnReason: null,
        orderCount: 0,
        lastOrderAt: null,
        deliveredOrderCount: 0,
        lifetimeValue: [],
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        version: 1,
      });
      const { body } = await http.get(customer(created.id)).set(rep.headers).expect(200);
      expect(body).toEqual(created);
    });

    it('walks the lifecycle: qualify, convert, churn with a reason, reactivate', async () => {
      const { id } = await create(rep);

      const prospect = await http.post(customer(id, '/qualify')).set(rep.headers).expect(200);
      expect(prospect.body).toMatchObject({ status: 'prospect', version: 2 });
      const converted = await http.post(customer(id, '/convert')).set(rep.headers).expect(200);
      expect(converted.body).toMatchObject({ status: 'customer', convertedAt: expect.any(String) });
      const churned = await http.post(customer(id, '/churn')).set(rep.headers).send({ reason: ' moved to a competitor ' }).expect(200);
      expect(churned.body).toMatchObject({ status: 'churned', churnReason: 'moved to a competitor', churnedAt: expect.any(String) });
      const reactivated = await http.post(customer(id, '/reactivate')).set(rep.headers).expect(200);
      expect(reactivated.body).toMatchObject({
        status: 'customer',
        churnedAt: null,
        churnReason: null,
        convertedAt: converted.body.convertedAt,
        version: 5,
      });
    });

    it('refuses an illegal transition with 409 CUSTOMER_INVALID_TRANSITION and a blank churn reason with 422', async () => {
      const { id } = await create(rep);

      expectProblem(await http.post(customer(id, '/convert')).set(rep.headers), 409, 'CUSTOMER_INVALID_TRANSITION');
      expectProblem(await http.post(customer(id, '/reactivate')).set(rep.headers), 409, 'CUSTOMER_INVALID_TRANSITION');
      expectProblem(await http.post(customer(id, '/churn')).set(rep.headers).send({ reason: 'x' }), 409, 'CUSTOMER_INVALID_TRANSITION');
      await http.post(customer(id, '/qualify')).set(rep.headers).expect(200);
      await http.post(customer(id, '/convert')).set(rep.headers).expect(200);
      expectProblem(
        await http.post(customer(id, '/churn')).set(rep.headers).send({ reason: '   ' }),
        422,
        'CUSTOMER_CHURN_REASON_REQUIRED',
      );
      expectProblem(await http.post(customer(id, '/churn')).set(rep.headers).send({}), 400, 'VALIDATION_FAILED');

      const { body } = await http.get(customer(id)).set(rep.headers).expect(200);
      expect(body).toMatchObject({ status: 'customer', version: 3 });
    });

    it('upgrades strictly up and downgrades strictly down', async () => {
      const { id } = await create(rep);

      await http.post(customer(id, '/upgrade')).set(rep.headers).send({ tier: 'pro' }).expect(200);
      expectProblem(await http.post(customer(id, '/upgrade')).set(rep.headers).send({ tier: 'basic' }), 409, 'CUSTOMER_TIER_NOT_HIGHER');
      expectProblem(
        await http.post(customer(id, '/downgrade')).set(rep.headers).send({ tier: 'enterprise' }),
        409,
        'CUSTOMER_TIER_NOT_LOWER',
      );
      expectProblem(await http.post(customer(id, '/upgrade')).set(rep.headers).send({ tier: 'platinum' }), 400, 'VALIDATION_FAILED');
      const { body } = await http.post(customer(id, '/downgrade')).set(rep.headers).send({ tier: 'basic' }).expect(200);

      expect(body.tier).toBe('basic');
    });

    it('adds and removes tags, refusing a duplicate and a missing one with codes', async () => {
      const { id } = await create(rep, { tags: ['vip'] });

      const tagged = await http.post(customer(id, '/tags')).set(rep.headers).send({ tag: 'B2B' }).expect(200);
      expect(tagged.body.tags).toEqual(['vip', 'b2b']);
      expectProblem(await http.post(customer(id, '/tags')).set(rep.headers).send({ tag: 'VIP' }), 409, 'CUSTOMER_TAG_DUPLICATE');
      expectProblem(await http.post(customer(id, '/tags')).set(rep.headers).send({ tag: ' ' }), 422, 'CUSTOMER_TAG_INVALID');
      const untagged = await http.delete(customer(id, '/tags/vip')).set(rep.headers).expect(200);
      expect(untagged.body.tags).toEqual(['b2b']);
      expectProblem(await http.delete(customer(id, '/tags/vip')).set(rep.headers), 409, 'CUSTOMER_TAG_MISSING');
      expectProblem(await http.delete(customer(id, '/tags/a%2Fb')).set(rep.headers), 400, 'VALIDATION_FAILED');
    });

    it('changes details with PATCH, clearing the phone with null', async () => {
      const { id } = await create(rep, { phone: '+1 555 0100' });

      const { body } = await http.patch(customer(id)).set(rep.headers).send({ name: 'Ada King', phone: null, source: 'event' }).expect(200);

      expect(body).toMatchObject({ name: 'Ada King', phone: null, source: 'event', status: 'lead', version: 2 });
    });

    it('refuses invalid bodies: unknown source 400, malformed email 422, unknown company 422', async () => {
      const base = { name: 'X', email: uniqueEmail(), source: 'referral', assignedTo: rep.userId };

      expectProblem(
        await http
          .post(CUSTOMERS)
          .set(rep.headers)
          .send({ ...base, source: 'cold-call' }),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(
        await http
          .post(CUSTOMERS)
          .set(rep.headers)
          .send({ ...base, email: 'not-an-email' }),
        422,
        'EMAIL_INVALID',
      );
      expectProblem(
        await http
          .post(CUSTOMERS)
          .set(rep.headers)
          .send({ ...base, companyId: UNKNOWN }),
        422,
        'CUSTOMER_COMPANY_NOT_FOUND',
      );
      expectProblem(
        await http
          .post(CUSTOMERS)
          .set(rep.headers)
          .send({ ...base, name: '  ' }),
        422,
        'CUSTOMER_DETAILS_INVALID',
      );
    });
  });

  describe('email uniqueness among live customers', () => {
    it('refuses a second live customer with the same email, whatever its case, also on PATCH', async () => {
      const email = uniqueEmail();
      await create(rep, { email });
      const other = await create(otherRep);

      expectProblem(
        await http
          .post(CUSTOMERS)
          .set(rep.headers)
          .send({ name: 'B', email: email.toUpperCase(), source: 'event', assignedTo: rep.userId }),
        409,
        'CUSTOMER_EMAIL_TAKEN',
      );
      expectProblem(await http.patch(customer(other.id)).set(otherRep.headers).send({ email }), 409, 'CUSTOMER_EMAIL_TAKEN');
    });

    it('answers a rep the same 409 whether the email is held by their own customer or by one they cannot see, naming neither', async () => {
      const [own, theirs] = [await create(rep), await create(otherRep)];
      const attempt = (email: string) =>
        http.post(CUSTOMERS).set(rep.headers).send({ name: 'Probe', email, source: 'event', assignedTo: rep.userId });

      const [againstOwn, againstTheirs] = [await attempt(own.email), await attempt(theirs.email)];

      expectProblem(againstOwn, 409, 'CUSTOMER_EMAIL_TAKEN');
      expectProblem(againstTheirs, 409, 'CUSTOMER_EMAIL_TAKEN');
      const shape = (response: request.Response) => ({
        ...response.body,
        detail: response.body.detail.replace(/\S+@\S+/, '<email>'),
        instance: undefined,
      });
      expect(shape(againstTheirs)).toEqual(shape(againstOwn));
      for (const hidden of [theirs.id, otherRep.userId]) expect(JSON.stringify(againstTheirs.body)).not.toContain(hidden);
    });

    it('lets only one of many concurrent creates with the same email through; the others answer 409', async () => {
      const email = uniqueEmail();
      const body = { name: 'Racer', email, source: 'event', assignedTo: rep.userId };

      const responses = await Promise.all(Array.from({ length: 6 }, () => http.post(CUSTOMERS).set(rep.headers).send(body)));

      expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
      for (const refused of responses.filter((r) => r.status === 409)) expectProblem(refused, 409, 'CUSTOMER_EMAIL_TAKEN');
    });

    it('deletes softly: the customer answers 404 afterwards and its email is free again', async () => {
      const email = uniqueEmail();
      const { id } = await create(rep, { email });

      await http.delete(customer(id)).set(rep.headers).expect(204);

      expectProblem(await http.get(customer(id)).set(rep.headers), 404, 'CUSTOMER_NOT_FOUND');
      expectProblem(await http.delete(customer(id)).set(rep.headers), 404, 'CUSTOMER_NOT_FOUND');
      expectProblem(await http.get(customer(id)).set(admin.headers), 404, 'CUSTOMER_NOT_FOUND');
      await create(rep, { email });
    });
  });

  describe('who sees and changes what', () => {
    it("answers 404 to a rep for another rep's customer on every route, and changes nothing", async () => {
      const { id } = await create(rep);

      expectProblem(await http.get(customer(id)).set(otherRep.headers), 404, 'CUSTOMER_NOT_FOUND');
      expectProblem(await http.patch(customer(id)).set(otherRep.headers).send({ name: 'Mine now' }), 404, 'CUSTOMER_NOT_FOUND');
      expectProblem(await http.post(customer(id, '/qualify')).set(otherRep.headers), 404, 'CUSTOMER_NOT_FOUND');
      expectProblem(await http.post(customer(id, '/upgrade')).set(otherRep.headers).send({ tier: 'pro' }), 404, 'CUSTOMER_NOT_FOUND');
      expectProblem(await http.post(customer(id, '/tags')).set(otherRep.headers).send({ tag: 'x' }), 404, 'CUSTOMER_NOT_FOUND');
      expectProblem(await http.delete(customer(id)).set(otherRep.headers), 404, 'CUSTOMER_NOT_FOUND');
      expectProblem(await http.get(customer(UNKNOWN)).set(otherRep.headers), 404, 'CUSTOMER_NOT_FOUND');

      const { body } = await http.get(customer(id)).set(rep.headers).expect(200);
      expect(body).toMatchObject({ name: 'Ada Lovelace', status: 'lead', tags: [], version: 1 });
    });

    it('refuses a rep creating a customer for another rep with 403, and lets an admin do it', async () => {
      const body = { name: 'For someone else', email: uniqueEmail(), source: 'partner', assignedTo: otherRep.userId };

      expectProblem(await http.post(CUSTOMERS).set(rep.headers).send(body), 403, 'PERMISSION_DENIED');
      const created = await http.post(CUSTOMERS).set(admin.headers).send(body).expect(201);

      expect(created.body.assignedTo).toBe(otherRep.userId);
      await http.get(customer(created.body.id)).set(otherRep.headers).expect(200);
    });

    it('lets only customers:write:any reassign, and only to a different rep', async () => {
      const { id } = await create(rep);

      expectProblem(await http.post(customer(id, '/assign')).set(rep.headers).send({ repId: otherRep.userId }), 403, 'PERMISSION_DENIED');
      expectProblem(await http.post(customer(id, '/assign')).set(admin.headers).send({ repId: rep.userId }), 409, 'CUSTOMER_SAME_REP');
      const { body } = await http.post(customer(id, '/assign')).set(admin.headers).send({ repId: otherRep.userId }).expect(200);

      expect(body.assignedTo).toBe(otherRep.userId);
      await http.get(customer(id)).set(otherRep.headers).expect(200);
      expectProblem(await http.get(customer(id)).set(rep.headers), 404, 'CUSTOMER_NOT_FOUND');
    });

    it("lists a rep's own customers only; naming another rep answers 403; an admin lists and filters anyone's", async () => {
      const lister = await signUp(testApp, { roles: ['manager'] });
      const mine = await create(lister);
      const theirs = await create(otherRep);

      const own = await http.get(CUSTOMERS).set(lister.headers).expect(200);
      expect(own.body).toMatchObject({ total: 1, page: 1, limit: 20 });
      expect(own.body.items.map((c: any) => c.id)).toEqual([mine.id]);
      expectProblem(await http.get(`${CUSTOMERS}?assignedTo=${otherRep.userId}`).set(lister.headers), 403, 'PERMISSION_DENIED');

      const filtered = await http.get(`${CUSTOMERS}?assignedTo=${otherRep.userId}&limit=100`).set(admin.headers).expect(200);
      expect(filtered.body.items.map((c: any) => c.id)).toContain(theirs.id);
      expect(filtered.body.items.every((c: any) => c.assignedTo === otherRep.userId)).toBe(true);
    });

    it('answers 401 without a token and 403 to a plain user', async () => {
      const user = await signUp(testApp);

      expectProblem(await http.get(CUSTOMERS), 401, 'UNAUTHENTICATED');
      expectProblem(await http.get(CUSTOMERS).set(user.headers), 403, 'PERMISSION_DENIED');
    });
  });

  describe('listing', () => {
    it('filters by status, tier, tag and search, sorts and pages', async () => {
      const lister = await signUp(testApp, { roles: ['manager'] });
      const marker = randomUUID().slice(0, 8);
      const a = await create(lister, { name: `Alpha ${marker}`, tags: ['vip'] });
      const b = await create(lister, { name: `Beta ${marker}` });
      const c = await create(lister, { name: `Gamma ${marker}`, tags: ['vip'] });
      await http.post(customer(b.id, '/qualify')).set(lister.headers).expect(200);
      await http.post(customer(c.id, '/upgrade')).set(lister.headers).send({ tier: 'enterprise' }).expect(200);
      await http.post(customer(a.id, '/upgrade')).set(lister.headers).send({ tier: 'basic' }).expect(200);
      const ids = async (query: string) =>
        (await http.get(`${CUSTOMERS}?${query}`).set(lister.headers).expect(200)).body.items.map((x: any) => x.id);

      expect(await ids('status=prospect')).toEqual([b.id]);
      expect(await ids('tier=enterprise')).toEqual([c.id]);
      expect(await ids('tag=VIP&sort=name')).toEqual([a.id, c.id]);
      expect(await ids(`search=${marker.toUpperCase()}&sort=-name`)).toEqual([c.id, b.id, a.id]);
      expect(await ids('sort=tier')).toEqual([b.id, a.id, c.id]);
      expect(await ids('sort=-tier')).toEqual([c.id, a.id, b.id]);
      expect(await ids('sort=-createdAt&page=2&limit=2')).toEqual([a.id]);
      expectProblem(await http.get(`${CUSTOMERS}?sort=phone`).set(lister.headers), 400, 'VALIDATION_FAILED');
      expectProblem(await http.get(`${CUSTOMERS}?tier=gold`).set(lister.headers), 400, 'VALIDATION_FAILED');
    });
  });

  describe('the reaction to identity.user-registered', () => {
    const leadsFor = async (email: string): Promise<any[]> =>
      (
        await http
          .get(`${CUSTOMERS}?search=${encodeURIComponent(email)}`)
          .set(admin.headers)
          .expect(200)
      ).body.items;

    it('creates one unassigned lead linked to the user who registered', async () => {
      const user = await signUp(testApp);

      const [lead] = await eventually(async () => {
        const found = await leadsFor(user.email);
        return found.length > 0 ? found : undefined;
      });

      expect(lead).toMatchObject({
        email: user.email,
        name: 'Test User',
        userId: user.userId,
        assignedTo: null,
        status: 'lead',
        tier: 'free',
        source: 'inbound',
      });
      // Once the relay has sent the registration and CRM's queue holds nothing more, no second lead can still come.
      await eventually(async () => {
        const [{ unsent }] = await testApp.app
          .get(DataSource)
          .query(`SELECT count(*)::int AS unsent FROM messaging.outbox WHERE aggregate_id = $1 AND sent_at IS NULL`, [user.userId]);
        const { crm = 0 } = await testApp.app.get<EventTransport>(EVENT_TRANSPORT).depth();
        return unsent === 0 && crm === 0 ? true : undefined;
      });
      expect(await leadsFor(user.email)).toHaveLength(1);
    });

    /** Waits until `handler` has handled the event `eventName` that `aggregateId` raised (its inbox row). */
    async function handled(eventName: string, aggregateId: string, handler: string): Promise<void> {
      const db = testApp.app.get(DataSource);
      await eventually(async () => {
        const rows = await db.query(
          `SELECT 1 FROM messaging.outbox o JOIN messaging.inbox i ON i.event_id = o.event_id AND i.handler = $3
           WHERE o.aggregate_id = $1 AND o.event_name = $2 AND o.target_handler IS NULL`,
          [aggregateId, eventName, handler],
        );
        return rows.length > 0 ? true : undefined;
      });
    }

    it("does not hand a rep's customer to a user who registers with its email; links it once the address is verified as theirs", async () => {
      const email = uniqueEmail();
      const existing = await create(rep, { email });

      const user = await signUp(testApp, { email });
      await handled('identity.user-registered', user.userId, 'crm.link-signed-up-user-on-user-registered');

      expect((await http.get(customer(existing.id)).set(rep.headers).expect(200)).body).toMatchObject({ userId: null, version: 1 });
      expect(await leadsFor(email)).toHaveLength(1);

      const contact = await http.post('/api/v1/identity/contacts').set(user.headers).send({ type: 'email', value: email }).expect(201);
      await http.post(`/api/v1/identity/contacts/${contact.body.id}/verify`).set(admin.headers).expect(200);
      await handled('identity.user-email-verified', user.userId, 'crm.link-signed-up-user-on-user-email-verified');

      const { body: linked } = await http.get(customer(existing.id)).set(rep.headers).expect(200);
      expect(linked).toMatchObject({ userId: user.userId, assignedTo: rep.userId, version: 2 });
      expect(await leadsFor(email)).toHaveLength(1);
    });
  });
});
