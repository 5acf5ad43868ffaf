import { Client } from 'pg';
import { signUp, SignedIn, TEST_PASSWORD } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { Answer, call, expectStatus, ServiceCluster, ServiceInstance } from '../support/service-cluster';
import { lineOf, notFulfilledOnce, openShop, settledFulfillment } from '../support/shop';
import { eventually } from '../support/test-app';

const ORDERS = 60;
const PLACING_AT_ONCE = 4;
/** Once this many placements were answered, a worker is SIGKILLed; at the second count, an API is restarted. */
const KILL_WORKER_AFTER = 20;
const RESTART_API_AFTER = 40;
const SKUS = ['SO-MUG', 'SO-TEE', 'SO-CAP'];
const LOGIN_LIMIT = 20;

/** A request as a load balancer sends it: from a client address given in X-Forwarded-For (TRUST_PROXY=true). */
const fromClient = (address: string, signedIn?: SignedIn) => ({ 'x-forwarded-for': address, ...signedIn?.headers });

/**
 * Two `api` and two `worker` processes on one PostgreSQL and one Redis, as separate OS processes: orders placed through
 * both APIs while one worker is SIGKILLed and one API restarted still get exactly one invoice, payment and shipment each;
 * every event is handled once by each of its handlers; a logout, a reference change and rate-limit counts made through
 * one API hold on the other (the reference change once its event is handled, which the test reports).
 */
describe('two api and two worker processes (bullmq, real PostgreSQL)', () => {
  let database: FreshDatabase;
  let db: Client;
  let cluster: ServiceCluster;
  let workers: ServiceInstance[];
  /** The APIs behind the "load balancer": an API being restarted is taken out of it. */
  let apis: ServiceInstance[];
  let admin: SignedIn;

  beforeAll(async () => {
    database = await createFreshDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
    cluster = new ServiceCluster(database.url, {
      TRUST_PROXY: 'true',
      // A job its killed worker held is taken up again this soon.
      EVENT_STALLED_INTERVAL_MS: '2000',
      EVENT_BACKOFF_MS: '200',
      RATE_LIMIT_REGISTER_PER_MINUTE: '10000',
      RATE_LIMIT_LOGIN_PER_MINUTE: String(LOGIN_LIMIT),
    });
    const first = await cluster.start('worker', { MIGRATIONS_RUN: 'auto' });
    const [second, api1, api2] = await Promise.all([cluster.start('worker'), cluster.start('api'), cluster.start('api')]);
    workers = [first, second];
    apis = [api1, api2];
    admin = await signUp({ url: api1.url });
    await db.query(`UPDATE identity.users SET roles = $1 WHERE id = $2`, [['admin'], admin.userId]);
  }, 300_000);

  afterAll(async () => {
    await cluster?.close();
    await db?.end();
    await database?.drop();
  });

  it('a worker serves only health and metrics; an API leaves relaying to the workers; each says so in its health', async () => {
    const refused = await call(workers[0].url, 'GET', '/reference/currencies/EUR');
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.body.code).toBe('NOT_SERVED_BY_WORKER');
    expect((await call(workers[0].url, 'GET', '/health/ready')).status).toBe(200);
    expect((await call(workers[0].url, 'GET', '/docs')).status).toBe(404);
    const ready = await expectStatus(200, call(apis[0].url, 'GET', '/health/ready'));
    expect(ready.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' }, events: { relay: 'in worker processes' } });
    for (const instance of [...workers, ...apis]) await expectStatus(200, call(instance.url, 'GET', '/health/startup'));
    const [apiDetails, workerDetails] = await Promise.all(
      [apis[0], workers[0]].map((instance) => expectStatus(200, call(instance.url, 'GET', '/health/details', { headers: admin.headers }))),
    );
    expect(apiDetails).toMatchObject({
      status: 'ok',
      role: 'api',
      sections: {
        database: { endpoint: 'external' },
        redis: { status: 'up' },
        events: { relay: 'in worker processes', transport: 'bullmq' },
      },
    });
    expect(workerDetails).toMatchObject({ status: 'ok', role: 'worker', sections: { events: { relay: 'running' } } });
  });

  it('orders placed through both APIs while a worker dies and an API restarts get one invoice, payment and shipment each', async () => {
    const customers = await openShop(
      apis.map((api) => api.url),
      admin,
      SKUS,
      6,
    );

    let answered = 0;
    let taken = 0;
    let bursting = true;
    const placed: string[] = [];
    const restarts: Array<Promise<void>> = [];
    /** Logins and reference reads beside the orders, each from its own client address, through either API. */
    const sideLoad = { logins: 0, reads: 0, failures: [] as string[] };
    const sideTraffic = (async () => {
      for (let n = 0; bursting; n++) {
        const customer = customers[n % customers.length];
        const login = await throughBalancer(n, (url) =>
          call(url, 'POST', '/identity/auth/login', {
            headers: fromClient(`198.51.100.${n % 250}`),
            body: { email: customer.email, password: TEST_PASSWORD },
          }),
        );
        if (login.status === 200) sideLoad.logins++;
        else sideLoad.failures.push(`login ${login.status}: ${JSON.stringify(login.body)}`);
        const read = await throughBalancer(n, (url) => call(url, 'GET', `/reference/currencies/${['EUR', 'UAH', 'USD'][n % 3]}`));
        if (read.status === 200) sideLoad.reads++;
        else sideLoad.failures.push(`read ${read.status}: ${JSON.stringify(read.body)}`);
      }
    })();

    await Promise.all(
      Array.from({ length: PLACING_AT_ONCE }, async () => {
        while (taken < ORDERS) {
          const n = taken++;
          const customer = customers[n % customers.length];
          // Drafted through one API, placed through the other.
          const draft = await expectStatus(
            201,
            call(apis[n % apis.length].url, 'POST', '/ordering/orders', {
              headers: customer.headers,
              body: {
                currency: 'EUR',
                lines: [lineOf(SKUS[n % SKUS.length], 1 + (n % 3))],
              },
            }),
          );
          await expectStatus(
            200,
            call(apis[(n + 1) % apis.length].url, 'POST', `/ordering/orders/${draft.id}/place`, {
              headers: customer.headers,
              body: { paymentMethodId: customer.paymentMethodId },
            }),
          );
          placed.push(draft.id);
          answered++;
          if (answered === KILL_WORKER_AFTER) void cluster.stop(workers[0], 'SIGKILL');
          if (answered === RESTART_API_AFTER) restarts.push(restartSecondApi());
        }
      }),
    );
    await Promise.all(restarts);
    bursting = false;
    await sideTraffic;
    expect(workers[0].child.signalCode).toBe('SIGKILL');
    expect(sideLoad.failures).toEqual([]);
    expect(sideLoad.logins).toBeGreaterThan(0);
    expect(sideLoad.reads).toBeGreaterThan(0);

    // The surviving worker finishes what the dead one held: every order is paid and its shipment released.
    const { orders, unconfirmed, deadLetters } = await settledFulfillment(db);
    expect(orders.map((order) => order.id)).toEqual([...placed].sort());
    expect(notFulfilledOnce(orders)).toEqual([]);
    // Each event reached each of its handlers once: every due row sent is confirmed by the inbox, nothing was dead-lettered.
    expect(unconfirmed).toEqual([]);
    expect(deadLetters).toEqual([]);
    // Recurring jobs were claimed once per period, by whichever worker came first.
    const { rows: runs } = await db.query(`SELECT job, claimed_by FROM platform.scheduled_runs ORDER BY job`);
    expect(runs.map((run) => run.job)).toContain('redelivery sweep');
  }, 600_000);

  it('a logout, a suspension and a role change through one API are refused by the other within 1 s (the principal cache keeps a checked token 500 ms)', async () => {
    /** How long after `change` answered on one API the other refuses `probe`; each instance reuses a checked token for 500 ms. */
    const refusedAfter = async (change: () => Promise<unknown>, probe: () => Promise<Answer>, refusal: number) => {
      await change();
      const since = performance.now();
      await eventually(async () => ((await probe()).status === refusal ? true : undefined), 3_000);
      return Math.round(performance.now() - since);
    };
    const loggedOut = await signUp({ url: apis[0].url });
    await expectStatus(200, call(apis[1].url, 'GET', '/identity/users/me', { headers: loggedOut.headers }));
    const logout = await refusedAfter(
      () => expectStatus(204, call(apis[0].url, 'POST', '/identity/auth/logout', { headers: loggedOut.headers })),
      () => call(apis[1].url, 'GET', '/identity/users/me', { headers: loggedOut.headers }),
      401,
    );
    const suspended = await signUp({ url: apis[0].url });
    await expectStatus(200, call(apis[1].url, 'GET', '/identity/users/me', { headers: suspended.headers }));
    const suspension = await refusedAfter(
      () => expectStatus(200, call(apis[0].url, 'POST', `/identity/users/${suspended.userId}/suspend`, { headers: admin.headers })),
      () => call(apis[1].url, 'GET', '/identity/users/me', { headers: suspended.headers }),
      401,
    );
    const demoted = await signUp({ url: apis[0].url });
    await expectStatus(
      200,
      call(apis[0].url, 'PUT', `/identity/users/${demoted.userId}/roles`, { headers: admin.headers, body: { roles: ['manager'] } }),
    );
    await eventually(
      async () => ((await call(apis[1].url, 'GET', '/identity/users', { headers: demoted.headers })).status === 200 ? true : undefined),
      3_000,
    );
    const roleChange = await refusedAfter(
      () =>
        expectStatus(
          200,
          call(apis[0].url, 'PUT', `/identity/users/${demoted.userId}/roles`, { headers: admin.headers, body: { roles: ['user'] } }),
        ),
      () => call(apis[1].url, 'GET', '/identity/users', { headers: demoted.headers }),
      403,
    );
    console.info(`refused on the other API after: logout ${logout} ms, suspension ${suspension} ms, role change ${roleChange} ms`);
    // The bound is the cache's time to live from the commit; a loaded machine's slow probes add up to a second more.
    for (const took of [logout, suspension, roleChange]) expect(took).toBeLessThanOrEqual(2_000);
  });

  it('a reference change through one API is seen through the other as soon as its event is handled', async () => {
    const activeOn = async (api: ServiceInstance) => (await expectStatus(200, call(api.url, 'GET', '/reference/currencies/CHF'))).active;
    const seenOn = async (api: ServiceInstance, active: boolean) => {
      const since = performance.now();
      // The change's event clears the shared cache: relayed at once (NOTIFY), handled by a worker.
      await eventually(async () => (await activeOn(api)) === active || undefined, 10_000);
      return Math.round(performance.now() - since);
    };
    expect(await activeOn(apis[1])).toBe(true);
    await expectStatus(200, call(apis[0].url, 'POST', '/reference/currencies/CHF/deactivate', { headers: admin.headers }));
    const deactivationSeenAfter = await seenOn(apis[1], false);
    await expectStatus(200, call(apis[1].url, 'POST', '/reference/currencies/CHF/activate', { headers: admin.headers }));
    const activationSeenAfter = await seenOn(apis[0], true);
    console.info(`reference change seen on the other API after ${deactivationSeenAfter} ms and ${activationSeenAfter} ms`);
  });

  it('rate limits count one client across both APIs', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < LOGIN_LIMIT + 4; n++) {
      const attempt = await call(apis[n % apis.length].url, 'POST', '/identity/auth/login', {
        headers: fromClient('203.0.113.77'),
        body: { email: admin.email, password: TEST_PASSWORD },
      });
      statuses.push(attempt.status);
    }
    expect(statuses).toEqual([...Array<number>(LOGIN_LIMIT).fill(200), 429, 429, 429, 429]);
  });

  /**
   * One request as a load balancer routes it: to an API in rotation, and once more to another when the connection to the
   * chosen one failed because it was taken out of rotation meanwhile (a request that raced the rolling restart's SIGTERM).
   * Any other failure is the answer, with status 0 when no answer came.
   */
  async function throughBalancer(n: number, send: (url: string) => Promise<Answer>): Promise<Pick<Answer, 'status' | 'body'>> {
    const chosen = apis[n % apis.length];
    try {
      return await send(chosen.url);
    } catch (error) {
      if (!apis.includes(chosen)) return send(apis[n % apis.length].url);
      return { status: 0, body: (error as Error).message };
    }
  }

  /** A rolling restart: out of the balancer, SIGTERM (in-flight requests finish), started again, back in. */
  async function restartSecondApi(): Promise<void> {
    const [kept, restarted] = apis;
    apis = [kept];
    await cluster.stop(restarted, 'SIGTERM');
    expect(restarted.child.exitCode).toBe(0);
    apis = [kept, await cluster.start('api')];
  }
});
