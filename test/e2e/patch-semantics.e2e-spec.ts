import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { SignedIn, signUp } from '../support/auth';
import { describePatchSemantics } from '../support/patch-semantics';
import { expectProblem } from '../support/problems';
import { startTestApp, TestApp } from '../support/test-app';

const API = '/api/v1';

/** Every PATCH route of the API, held to the same rule (docs/api-conventions.md, Partial changes). */
describe('PATCH: an omitted field keeps its value, null clears a nullable one and is refused for a required one', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof request>;
  let admin: SignedIn;
  let user: SignedIn;
  let customers: [string, string];
  let companies: [string, string];

  beforeAll(async () => {
    testApp = await startTestApp();
    http = request(testApp.url);
    [admin, user] = await Promise.all([signUp(testApp, { roles: ['admin'] }), signUp(testApp)]);
    companies = [await createCompany(), await createCompany()];
    customers = [await createCustomer(), await createCustomer()];
  }, 120_000);

  afterAll(() => testApp?.close());

  async function created(path: string, body: object, by: SignedIn = admin): Promise<any> {
    const response = await http.post(`${API}${path}`).set(by.headers).send(body);
    expect(response.status).toBe(201);
    return response.body;
  }

  async function createCompany(): Promise<string> {
    const body = {
      name: `Company ${randomUUID()}`,
      legalType: 'llc',
      size: 'small',
      industry: 'Retail',
      taxId: 'DE123',
      employeeCount: 12,
      annualRevenue: { amount: 100_000, currency: 'EUR' },
    };
    return (await created('/crm/companies', body)).id;
  }

  async function createCustomer(): Promise<string> {
    const body = {
      name: 'Ada Lovelace',
      email: `ada-${randomUUID()}@example.com`,
      phone: '+44 20 7946 0958',
      source: 'referral',
      assignedTo: admin.userId,
      companyId: companies[0],
    };
    return (await created('/crm/customers', body)).id;
  }

  const asAdmin = (create: () => Promise<string>) => () => ({ http, headers: admin.headers, create });

  describePatchSemantics('PATCH /crm/customers/{id}', {
    required: ['name', 'email', 'source'],
    nullable: ['phone', 'companyId'],
    changes: {
      name: 'Renamed',
      email: () => `renamed-${randomUUID()}@example.com`,
      phone: '+1 555 0199',
      source: 'event',
      companyId: () => companies[1],
    },
    fixture: asAdmin(async () => `${API}/crm/customers/${await createCustomer()}`),
  });

  describePatchSemantics('PATCH /crm/companies/{id}', {
    required: ['name', 'legalType', 'size'],
    nullable: ['industry', 'taxId', 'employeeCount', 'annualRevenue'],
    changes: {
      name: () => `Renamed ${randomUUID()}`,
      legalType: 'corporation',
      size: 'large',
      industry: 'Wholesale',
      taxId: 'FR999',
      employeeCount: 450,
      annualRevenue: { amount: 2_000_000, currency: 'EUR' },
    },
    fixture: asAdmin(async () => `${API}/crm/companies/${await createCompany()}`),
  });

  describePatchSemantics('PATCH /crm/deals/{id}', {
    required: ['name', 'ownerId', 'value', 'probability', 'expectedCloseDate', 'source'],
    nullable: [],
    changes: {
      name: 'ACME renewal',
      ownerId: () => user.userId,
      value: { amount: 3_000_000, currency: 'EUR' },
      probability: 60,
      expectedCloseDate: '2099-12-15',
      source: 'partner',
    },
    fixture: asAdmin(async () => {
      const body = {
        name: 'ACME',
        customerId: customers[0],
        value: { amount: 1_000_000, currency: 'EUR' },
        expectedCloseDate: '2099-06-30',
        source: 'referral',
      };
      return `${API}/crm/deals/${(await created('/crm/deals', body)).id}`;
    }),
  });

  describePatchSemantics('PATCH /crm/interactions/{id}', {
    required: ['type', 'direction', 'subject', 'description', 'startedAt', 'followUpRequired', 'attendees'],
    nullable: ['customerId', 'companyId', 'outcome', 'followUpAt'],
    changes: {
      type: 'meeting',
      direction: 'inbound',
      subject: 'Renewal (follow-up)',
      description: 'Quote sent.',
      customerId: () => customers[1],
      companyId: () => companies[1],
      startedAt: '2026-03-01T09:00:00Z',
      outcome: 'scheduled',
      followUpRequired: false,
      followUpAt: '2026-03-12T09:00:00Z',
      attendees: ['bob@example.com'],
    },
    readsBack: { startedAt: '2026-03-01T09:00:00.000Z', followUpAt: '2026-03-12T09:00:00.000Z' },
    // A follow-up no longer required has no date; a date cleared goes with the follow-up it was for.
    alsoMoves: { followUpRequired: ['followUpAt'] },
    clearsWith: { followUpAt: { followUpRequired: false } },
    fixture: asAdmin(async () => {
      const body = {
        type: 'call',
        direction: 'outbound',
        subject: 'Renewal',
        description: 'They want a quote.',
        customerId: customers[0],
        companyId: companies[0],
        startedAt: '2026-03-02T09:00:00Z',
        outcome: 'successful',
        followUpAt: '2026-03-10T09:00:00Z',
        attendees: ['ada@example.com'],
      };
      return `${API}/crm/interactions/${(await created('/crm/interactions', body)).id}`;
    }),
  });

  describePatchSemantics('PATCH /identity/contacts/{id}', {
    required: ['value', 'country', 'address'],
    nullable: [],
    changes: { value: () => `new-${randomUUID()}@example.com` },
    fixture: () => ({
      http,
      headers: user.headers,
      create: async () =>
        `${API}/identity/contacts/${(await created('/identity/contacts', { type: 'email', value: `c-${randomUUID()}@example.com` }, user)).id}`,
    }),
  });

  describePatchSemantics('PATCH /identity/roles/{name}', {
    required: ['description', 'permissions'],
    nullable: [],
    changes: { description: 'Reads users and orders', permissions: ['orders:read:any', 'users:read'] },
    fixture: asAdmin(async () => {
      const name = `role-${randomUUID().slice(0, 8)}`;
      await created('/identity/roles', { name, description: 'Reads users', permissions: ['users:read'] });
      return `${API}/identity/roles/${name}`;
    }),
  });

  it('PATCH /identity/users/me/password is an action, not a partial change: both fields are required', async () => {
    const response = await http.patch(`${API}/identity/users/me/password`).set(user.headers).send({ currentPassword: null });

    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(
      expect.arrayContaining(['currentPassword', 'newPassword']),
    );
    expectProblem(await http.patch(`${API}/identity/users/me/password`).set(user.headers).send({}), 400, 'VALIDATION_FAILED');
  });
});
