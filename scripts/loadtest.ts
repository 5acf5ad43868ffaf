/**
 * A mixed workload against a running deployment, driven by autocannon: prints, per request kind, requests per second,
 * latency percentiles, non-2xx answers and errors, then how the orders it placed went through fulfillment.
 *   npm run loadtest                                                      http://localhost:3000
 *   LOADTEST_URL=http://localhost:3001,http://localhost:3002 npm run loadtest   spread over several API instances
 * Settings: LOADTEST_DURATION (seconds, 30), LOADTEST_CONNECTIONS (30, shared out over the flows by weight),
 * LOADTEST_DRAIN_SECONDS (120: how long to wait, after the load, for the placed orders to leave the steps before confirmation).
 * Three flows run at once, each on its own connections:
 *   auth       (20%)  register a new user, then log in as them: an argon2 hash and a verification per round
 *   reference  (40%)  GET a country or a currency (public, cached)
 *   orders     (40%)  a customer creates an order of two lines, then places it paying by card; each placed order starts
 *                     the fulfillment saga (stock reserved, invoiced, charged, order confirmed) on the worker(s)
 * Setup, through the API: an administrator (LOADTEST_ADMIN_EMAIL and LOADTEST_ADMIN_PASSWORD; unset, one is made with the
 * operator CLI, `npm run cli -- create-admin`, which needs the deployment's DATABASE_URL and JWT_SECRET in the environment,
 * as docs/tour.sh does) opens a warehouse with 20 products of a million units each; one customer per orders connection
 * registers, logs in and saves a card.
 * The deployment must let one address register and log in far more often than the defaults allow (3 and 5 a minute):
 * start it with RATE_LIMIT_REGISTER_PER_MINUTE and RATE_LIMIT_LOGIN_PER_MINUTE at 1000000, or most auth answers are 429.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';

/** The part of autocannon's API used here (it ships no types). */
interface AutocannonRequest {
  method?: 'GET' | 'POST';
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Returns the request to send, or nothing to start the flow over from its first request. */
  setupRequest?: (request: AutocannonRequest, context: FlowContext) => AutocannonRequest | undefined;
  onResponse?: (status: number, body: string, context: FlowContext) => void;
}
interface AutocannonResult {
  /** Connection errors and timeouts. */
  errors: number;
}
interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTimeMs: number) => void): void;
}
type Autocannon = (
  options: { url: string[]; connections: number; duration: number; requests: AutocannonRequest[]; timeout: number },
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;
const autocannon = createRequire(__filename)('autocannon') as Autocannon;

/** What one connection remembers between the requests of its flow (autocannon resets it when the flow starts over). */
type FlowContext = Record<string, string | undefined>;

interface Customer {
  token: string;
  card: string;
}

const URLS = (process.env.LOADTEST_URL ?? 'http://localhost:3000').split(',').map((url) => url.trim().replace(/\/$/, ''));
const DURATION = Number(process.env.LOADTEST_DURATION ?? 30);
const CONNECTIONS = Number(process.env.LOADTEST_CONNECTIONS ?? 30);
const DRAIN_SECONDS = Number(process.env.LOADTEST_DRAIN_SECONDS ?? 120);
const RUN = randomBytes(4).toString('hex');
const PASSWORD = `load test passphrase ${RUN}`;
const SKUS = Array.from({ length: 20 }, (_, n) => `LT-${RUN.toUpperCase()}-${n}`);
const REFERENCE_PATHS = ['DE', 'FR', 'JP', 'BR', 'US', 'UA']
  .map((code) => `/api/v1/reference/countries/${code}`)
  .concat(['EUR', 'USD', 'JPY', 'GBP'].map((code) => `/api/v1/reference/currencies/${code}`));
const SAGA_TYPE = 'fulfillment.order-fulfillment';
/** The saga's states before the order is confirmed: an order in one of them is still being fulfilled. */
const IN_FLIGHT = ['reserving_stock', 'invoicing', 'awaiting_payment', 'confirming_reservation'];
const JSON_HEADERS = { 'content-type': 'application/json' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const bearer = (token: string) => ({ ...JSON_HEADERS, authorization: `Bearer ${token}` });

/** A setup call that must answer `expected`; anything else stops the run, saying what came back. */
async function call<T>(expected: number, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`${URLS[0]}${path}`, {
    method,
    headers: token ? bearer(token) : JSON_HEADERS,
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch((error: Error) => {
    throw new Error(`no answer from ${URLS[0]} to ${method} ${path} (${error.message}): is the deployment running?`);
  });
  const text = await response.text();
  if (response.status === 429) throw new Error(`${method} ${path} answered 429: raise the deployment's RATE_LIMIT_*_PER_MINUTE`);
  if (response.status !== expected) throw new Error(`${method} ${path} answered ${response.status}, expected ${expected}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The administrator's access token: from the given credentials, or a new administrator made with the operator CLI. */
async function administrator(): Promise<string> {
  let email = process.env.LOADTEST_ADMIN_EMAIL;
  let password = process.env.LOADTEST_ADMIN_PASSWORD;
  if (!email || !password) {
    email = `loadtest-admin-${RUN}@example.com`;
    password = PASSWORD;
    await new Promise<void>((resolve, reject) => {
      const cli = spawn('npm', ['run', '--silent', 'cli', '--', 'create-admin', '--email', email!, '--password-stdin'], {
        stdio: ['pipe', 'ignore', 'inherit'],
      });
      cli.stdin.end(password);
      cli.once('error', reject);
      cli.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run cli -- create-admin exited ${code}`))));
    });
  }
  return (await call<{ accessToken: string }>(200, 'POST', '/api/v1/identity/auth/login', { email, password })).accessToken;
}

async function signUp(email: string): Promise<string> {
  await call(201, 'POST', '/api/v1/identity/auth/register', { email, password: PASSWORD, displayName: 'Load Test' });
  return (await call<{ accessToken: string }>(200, 'POST', '/api/v1/identity/auth/login', { email, password: PASSWORD })).accessToken;
}

async function stockUp(admin: string): Promise<void> {
  const warehouse = `LT${RUN.toUpperCase()}`;
  const address = { line1: 'Main street 1', city: 'Kyiv', postalCode: '01001', country: 'UA' };
  await call(201, 'POST', '/api/v1/warehouse/warehouses', { code: warehouse, name: 'Load test', address, timeZone: 'Europe/Kyiv' }, admin);
  for (const sku of SKUS) await call(201, 'POST', '/api/v1/warehouse/products', { sku, name: `Load test ${sku}`, unit: 'each' }, admin);
  const lines = SKUS.map((sku) => ({ sku, quantity: 1_000_000 }));
  await call(201, 'POST', '/api/v1/warehouse/stock/receipts', { warehouse, lines }, admin);
}

async function customers(count: number): Promise<Customer[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, n) => {
      const token = await signUp(`loadtest-customer-${RUN}-${n}@example.com`);
      const { id: card } = await call<{ id: string }>(
        201,
        'POST',
        '/api/v1/billing/payment-methods',
        { token: 'pm_card_ok', label: 'Load test card' },
        token,
      );
      return { token, card };
    }),
  );
}

/** Sagas of the order fulfillment per state, across the deployment. */
async function sagaStates(admin: string): Promise<Record<string, number>> {
  const stats = await call<{ sagas: { byType: Record<string, Record<string, number>> } }>(
    200,
    'GET',
    '/api/v1/admin/events/stats',
    undefined,
    admin,
  );
  return stats.sagas.byType[SAGA_TYPE] ?? {};
}

/** Latencies and statuses per request kind, and errors (connection errors, timeouts) per flow. */
class Tally {
  readonly latencies = new Map<string, number[]>();
  readonly statuses = new Map<string, Map<number, number>>();
  readonly errors = new Map<string, number>();

  record(kind: string, status: number, ms: number): void {
    const latencies = this.latencies.get(kind) ?? [];
    latencies.push(ms);
    this.latencies.set(kind, latencies);
    const statuses = this.statuses.get(kind) ?? new Map<number, number>();
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    this.statuses.set(kind, statuses);
  }
}

interface Flow {
  name: string;
  /** Its connections, spread evenly over the URLs. */
  connections: number;
  /** Its requests in order, each tallied under its kind. */
  requests: Array<AutocannonRequest & { kind: string }>;
}

/** A flow's share of LOADTEST_CONNECTIONS, a multiple of the URL count (at least one per URL). */
const connectionsFor = (weight: number) => Math.max(1, Math.round((CONNECTIONS * weight) / URLS.length)) * URLS.length;

/**
 * The kind of the response autocannon is about to report: its client calls the answered request's `onResponse`, then
 * emits `response` with the latency, in the same tick.
 */
let answered = '';

function flows(customerList: Customer[], placed: { count: number }): Flow[] {
  let registered = 0;
  let reads = 0;
  let orders = 0;
  const list: Flow[] = [
    {
      name: 'auth',
      connections: connectionsFor(0.2),
      requests: [
        {
          kind: 'register',
          method: 'POST',
          path: '/api/v1/identity/auth/register',
          setupRequest: (request, context) => {
            context.email = `loadtest-${RUN}-${registered++}@example.com`;
            const body = { email: context.email, password: PASSWORD, displayName: 'Load Test' };
            return { ...request, headers: JSON_HEADERS, body: JSON.stringify(body) };
          },
          onResponse: (status, _body, context) => void (context.registered = status === 201 ? 'yes' : undefined),
        },
        {
          kind: 'login',
          method: 'POST',
          path: '/api/v1/identity/auth/login',
          setupRequest: (request, context) =>
            context.registered
              ? { ...request, headers: JSON_HEADERS, body: JSON.stringify({ email: context.email, password: PASSWORD }) }
              : undefined,
        },
      ],
    },
    {
      name: 'reference',
      connections: connectionsFor(0.4),
      requests: [
        {
          kind: 'reference read',
          method: 'GET',
          setupRequest: (request) => ({ ...request, path: REFERENCE_PATHS[reads++ % REFERENCE_PATHS.length] }),
        },
      ],
    },
    {
      name: 'orders',
      connections: connectionsFor(0.4),
      requests: [
        {
          kind: 'order: create',
          method: 'POST',
          path: '/api/v1/ordering/orders',
          setupRequest: (request, context) => {
            const n = orders++;
            const customer = customerList[n % customerList.length];
            context.token = customer.token;
            context.card = customer.card;
            const lines = [0, 7].map((offset) => ({
              sku: SKUS[(n + offset) % SKUS.length],
              quantity: 1 + (n % 3),
              unitPrice: { amount: 1250, currency: 'EUR' },
            }));
            return { ...request, headers: bearer(customer.token), body: JSON.stringify({ currency: 'EUR', lines }) };
          },
          onResponse: (status, body, context) =>
            void (context.orderId = status === 201 ? (JSON.parse(body) as { id: string }).id : undefined),
        },
        {
          kind: 'order: place',
          method: 'POST',
          setupRequest: (request, context) =>
            context.orderId
              ? {
                  ...request,
                  path: `/api/v1/ordering/orders/${context.orderId}/place`,
                  headers: bearer(context.token!),
                  body: JSON.stringify({ paymentMethodId: context.card }),
                }
              : undefined,
          onResponse: (status) => void (status === 200 && placed.count++),
        },
      ],
    },
  ];
  for (const request of list.flatMap((flow) => flow.requests)) {
    const own = request.onResponse;
    request.onResponse = (status, body, context) => {
      answered = request.kind;
      own?.(status, body, context);
    };
  }
  return list;
}

/** Runs the flows at once for LOADTEST_DURATION; resolves with the seconds the load took. */
async function load(flowList: Flow[], tally: Tally): Promise<number> {
  const started = performance.now();
  await Promise.all(
    flowList.map(
      (flow) =>
        new Promise<void>((resolve, reject) => {
          const options = { url: URLS, connections: flow.connections, duration: DURATION, requests: flow.requests, timeout: 30 };
          const instance = autocannon(options, (error, result) => {
            if (error) return reject(error);
            tally.errors.set(flow.name, result.errors);
            resolve();
          });
          instance.on('response', (_client, status, _bytes, ms) => tally.record(answered, status, ms));
        }),
    ),
  );
  return (performance.now() - started) / 1000;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN;
}

/** The table: one row per request kind, and the total. */
function report(flowList: Flow[], tally: Tally, seconds: number): string {
  const rows = flowList.flatMap((flow) =>
    flow.requests.map(({ kind }, index) => {
      const sorted = [...(tally.latencies.get(kind) ?? [])].sort((a, b) => a - b);
      const failing = [...(tally.statuses.get(kind) ?? [])].filter(([code]) => code < 200 || code > 299);
      const non2xx = failing.reduce((sum, [, n]) => sum + n, 0);
      const codes = failing.length ? ` (${failing.map(([code, n]) => `${code}: ${n}`).join(', ')})` : '';
      const ms = (p: number) => `${percentile(sorted, p).toFixed(1)} ms`;
      const errors = index === 0 ? String(tally.errors.get(flow.name) ?? 0) : '';
      return `| ${kind} | ${sorted.length.toLocaleString('en')} | ${(sorted.length / seconds).toFixed(1)} | ${ms(0.5)} | ${ms(0.9)} | ${ms(0.99)} | ${non2xx}${codes} | ${errors} |`;
    }),
  );
  const all = [...tally.latencies.values()].reduce((sum, latencies) => sum + latencies.length, 0);
  return [
    '| request | answered | requests/s | p50 | p90 | p99 | non-2xx | errors |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    `| all | ${all.toLocaleString('en')} | ${(all / seconds).toFixed(1)} | | | | | |`,
  ].join('\n');
}

/**
 * After the load: waits until a saga has started for every order answered as placed and none is still before the order's
 * confirmation, then says how they ended. Counted from the sagas, so an order placed as the load stopped (its answer
 * never read) counts too.
 */
async function fulfillment(admin: string, before: Record<string, number>, answeredPlaced: number, loadSeconds: number): Promise<string> {
  const grown = (states: Record<string, number>, names: string[]) =>
    names.reduce((sum, name) => sum + (states[name] ?? 0) - (before[name] ?? 0), 0);
  const started = performance.now();
  let states = await sagaStates(admin);
  const sagas = () => grown(states, [...new Set([...Object.keys(states), ...Object.keys(before)])]);
  while ((sagas() < answeredPlaced || grown(states, IN_FLIGHT) > 0) && performance.now() - started < DRAIN_SECONDS * 1000) {
    await sleep(1000);
    states = await sagaStates(admin);
  }
  const drained = (performance.now() - started) / 1000;
  const confirmed = grown(states, ['awaiting_shipment', 'awaiting_delivery', 'delivered']);
  return (
    `fulfillment: ${sagas().toLocaleString('en')} orders placed (${answeredPlaced.toLocaleString('en')} answers read); ` +
    `${drained.toFixed(1)} s after the load, ${confirmed.toLocaleString('en')} confirmed (stock reserved, invoiced, charged), ` +
    `${grown(states, ['cancelled'])} cancelled, ${grown(states, IN_FLIGHT)} still in flight; ` +
    `${(confirmed / (loadSeconds + drained)).toFixed(1)} orders confirmed per second over the load and the drain`
  );
}

async function main(): Promise<void> {
  process.stdout.write(
    `load test ${RUN} against ${URLS.join(', ')}: node ${process.version}, ${cpus().length} cores, ${new Date().toISOString()}\n`,
  );
  for (const url of URLS) {
    const ready = await fetch(`${url}/health/ready`).catch(() => undefined);
    if (ready?.status !== 200) throw new Error(`${url}/health/ready answered ${ready?.status ?? 'nothing'}: is the deployment up?`);
  }
  process.stdout.write('setup: administrator, warehouse and stock, customers with cards…\n');
  const admin = await administrator();
  await stockUp(admin);
  const flowCustomers = await customers(connectionsFor(0.4));
  const before = await sagaStates(admin);
  const placed = { count: 0 };
  const flowList = flows(flowCustomers, placed);
  const tally = new Tally();
  process.stdout.write(`load: ${DURATION} s, connections ${flowList.map((flow) => `${flow.name} ${flow.connections}`).join(', ')}…\n`);
  const seconds = await load(flowList, tally);
  process.stdout.write(`\n${report(flowList, tally, seconds)}\n\n`);
  process.stdout.write('errors: connection errors and timeouts, counted per flow (on its first request)\n');
  process.stdout.write(`${await fulfillment(admin, before, placed.count, seconds)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`loadtest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
