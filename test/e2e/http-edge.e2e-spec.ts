import { Agent, request as httpRequest } from 'node:http';
import request from 'supertest';
import { startDraining } from '@promenade/http';
import { SignedIn, signUp, TEST_PASSWORD } from '../support/auth';
import { expectProblem } from '../support/problems';
import { startTestApp, TestApp } from '../support/test-app';

const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

/** What reaches the service before any route's code: body parsing, the string rules, content types. */
describe('the HTTP edge: every input a clean 4xx', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof request>;
  let admin: SignedIn;

  beforeAll(async () => {
    testApp = await startTestApp();
    http = request(testApp.url);
    admin = await signUp(testApp, { roles: ['superadmin'] });
  });

  afterAll(() => testApp?.close());

  describe('nesting', () => {
    it('refuses a megabyte of nested arrays on a public route with 400 JSON_TOO_DEEP, and stays responsive', async () => {
      const body = `{"refreshToken":${nested(500_000)}}`;
      const response = await http.post('/api/v1/identity/auth/refresh').set('content-type', 'application/json').send(body);
      expectProblem(response, 400, 'JSON_TOO_DEEP');
      expect(response.body.detail).toContain('64');
      await http.get('/health/live').expect(200);
    });

    it('refuses 2,000 levels on login, which gave a 500 before', async () => {
      const response = await http
        .post('/api/v1/identity/auth/login')
        .set('content-type', 'application/json')
        .send(`{"email":${nested(2_000)},"password":"x"}`);
      expectProblem(response, 400, 'JSON_TOO_DEEP');
    });

    it('lets a body at the limit through to ordinary validation', async () => {
      const response = await http
        .post('/api/v1/identity/auth/login')
        .set('content-type', 'application/json')
        .send(`{"email":${nested(63)},"password":"x"}`);
      expectProblem(response, 400, 'VALIDATION_FAILED');
    });

    it('does not count brackets inside strings', async () => {
      const response = await http.post('/api/v1/identity/auth/login').send({ email: `${'['.repeat(200)}@example.com`, password: 'x' });
      expect(response.body.code).not.toBe('JSON_TOO_DEEP');
      expect(response.status).toBeLessThan(500);
    });
  });

  describe('text PostgreSQL cannot store', () => {
    it('refuses a NUL in a query parameter, naming it (was a 500 from the database)', async () => {
      const response = await http.get('/api/v1/crm/customers?search=a%00b').set(admin.headers);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual([{ field: 'search', message: expect.stringContaining('NUL') }]);
    });

    it('refuses a lone surrogate on public registration, naming the field (was a 500 from the outbox)', async () => {
      const response = await http
        .post('/api/v1/identity/auth/register')
        .send({ email: 'lone@example.com', password: TEST_PASSWORD, displayName: '\ud800' });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual([{ field: 'displayName', message: expect.stringContaining('surrogate') }]);
      await http.post('/api/v1/identity/auth/login').send({ email: 'lone@example.com', password: TEST_PASSWORD }).expect(401); // nothing was stored
    });

    it('names a nested body field', async () => {
      const response = await http
        .post('/api/v1/ordering/orders')
        .set(admin.headers)
        .send({ currency: 'EUR', lines: [{ sku: 'A\u0000', quantity: 1, unitPrice: { amount: 1, currency: 'EUR' } }] });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors[0].field).toBe('lines.0.sku');
    });

    it('refuses a NUL in a path parameter', async () => {
      const response = await http.get('/api/v1/reference/countries/u%00a');
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors[0].field).toBe('code');
    });
  });

  describe('width', () => {
    const wide = (count: number, extra: object = {}) =>
      JSON.stringify({ email: 'a@example.com', password: 'x', junk: Array.from({ length: count }, () => ({})), ...extra });

    it('refuses a megabyte of empty objects with 400 JSON_TOO_MANY_VALUES before parsing it (it gave a 500, then a second of blocked event loop)', async () => {
      const response = await http.post('/api/v1/identity/auth/login').set('content-type', 'application/json').send(wide(200_000));
      expectProblem(response, 400, 'JSON_TOO_MANY_VALUES');
    });

    it('finds unstorable text at the end of a body near the value limit', async () => {
      const response = await http
        .post('/api/v1/identity/auth/login')
        .set('content-type', 'application/json')
        .send(wide(4_000, { tail: 'x\u0000' }));
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual([{ field: 'tail', message: expect.stringContaining('NUL') }]);
    });

    it('walks a wide array in the validation pipe without a spread into push() (it overflowed the stack)', async () => {
      const response = await http.post('/api/v1/identity/auth/login').set('content-type', 'application/json').send(wide(4_000));
      expectProblem(response, 400, 'VALIDATION_FAILED');
    });
  });

  it('answers a text/plain body with 415 problem+json, as the API promises', async () => {
    const response = await http
      .post('/api/v1/identity/auth/login')
      .set('content-type', 'text/plain')
      .send('{"email":"a@example.com","password":"x"}');
    expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a JSON body declared in another charset than UTF-8 with 415, and takes utf-8 in any spelling', async () => {
    const latin1 = await http
      .post('/api/v1/identity/auth/login')
      .set('content-type', 'application/json; charset=latin1')
      .send('{"email":"a@example.com","password":"x"}');
    expectProblem(latin1, 415, 'UNSUPPORTED_MEDIA_TYPE');
    const utf8 = await http
      .post('/api/v1/identity/auth/login')
      .set('content-type', 'application/json; charset="UTF-8"')
      .send('{"email":"a@example.com","password":"x"}');
    expectProblem(utf8, 401, 'INVALID_CREDENTIALS');
  });

  it('reads application/merge-patch+json (RFC 7396) as JSON, under the same limits', async () => {
    const response = await http
      .post('/api/v1/identity/auth/login')
      .set('content-type', 'application/merge-patch+json')
      .send('{"email":"a@example.com","password":"x"}');
    expectProblem(response, 401, 'INVALID_CREDENTIALS');
    const deep = await http
      .post('/api/v1/identity/auth/login')
      .set('content-type', 'application/merge-patch+json')
      .send(`{"email":${nested(100)}}`);
    expectProblem(deep, 400, 'JSON_TOO_DEEP');
  });

  /** The same attacks on every operation in the OpenAPI document: none may answer a 5xx. */
  describe('every route', () => {
    let operations: Array<{ method: string; path: string }>;

    beforeAll(async () => {
      const { body: doc } = await http.get('/docs-json').expect(200);
      operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => ({ method, path })),
      );
      expect(operations.length).toBeGreaterThan(50);
    });

    const url = (path: string, value: string) => path.replace(/\{[^}]+\}/g, value);

    it('refuses a NUL in a path or query parameter with 400, on every operation', async () => {
      const answers: string[] = [];
      for (const { method, path } of operations) {
        const target = path.includes('{') ? url(path, 'x%00y') : `${path}?q=x%00y`;
        const response = await http[method as 'get'](target)
          .set(admin.headers)
          .set('content-type', 'application/json')
          .send(method === 'get' ? undefined : '{}');
        answers.push(`${method.toUpperCase()} ${path} → ${response.status} ${response.body.code}`);
      }
      expect(answers.filter((answer) => !answer.endsWith('→ 400 VALIDATION_FAILED'))).toEqual([]);
    });

    it('refuses deep nesting and lone surrogates in the body of every operation that takes one', async () => {
      const answers: string[] = [];
      for (const { method, path } of operations.filter(({ method }) => ['post', 'put', 'patch'].includes(method))) {
        const target = url(path, '00000000-0000-7000-8000-000000000000');
        const deep = await http[method as 'post'](target)
          .set(admin.headers)
          .set('content-type', 'application/json')
          .send(`{"a":${nested(100)}}`);
        const lone = await http[method as 'post'](target).set(admin.headers).send({ field: 'a\udfff' });
        answers.push(`${method.toUpperCase()} ${path} → ${deep.status} ${deep.body.code}, ${lone.status} ${lone.body.code}`);
      }
      expect(answers.length).toBeGreaterThan(20);
      expect(answers.filter((answer) => !answer.endsWith('→ 400 JSON_TOO_DEEP, 400 VALIDATION_FAILED'))).toEqual([]);
    });
  });
});

/** SIGTERM's first step: new requests are turned away cleanly, running ones finish, connections close after. */
describe('the HTTP edge while the service shuts down', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp?.close());

  const get = (agent: Agent, path: string, method = 'GET', body?: string) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const req = httpRequest(
        `${testApp.url}${path}`,
        { agent, method, headers: body ? { 'content-type': 'application/json' } : {} },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
        },
      );
      req.once('error', reject);
      req.end(body);
    });

  it('answers new requests 503 problem+json with Connection: close, and lets a running request finish', async () => {
    const idle = new Agent({ keepAlive: true, maxSockets: 1 });
    const busy = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect((await get(idle, '/health/live')).status).toBe(200); // a keep-alive connection, now idle
      const server = testApp.app.getHttpServer();
      const accepted = new Promise((resolve) => server.once('request', resolve));
      // Registration hashes a password: still running when the shutdown begins.
      const running = get(
        busy,
        '/api/v1/identity/auth/register',
        'POST',
        JSON.stringify({ email: 'drain@example.com', password: TEST_PASSWORD, displayName: 'Drain' }),
      );
      await accepted;

      startDraining(testApp.app);
      const refused = await get(idle, '/health/live');
      expect(refused.status).toBe(503);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.headers.connection).toBe('close');
      expect(JSON.parse(refused.body)).toMatchObject({ status: 503, code: 'SHUTTING_DOWN' });

      const closing = testApp.close();
      const finished = await running;
      expect(finished.status).toBe(201);
      expect(finished.headers.connection).toBe('close');
      await closing;
    } finally {
      idle.destroy();
      busy.destroy();
    }
  });
});
