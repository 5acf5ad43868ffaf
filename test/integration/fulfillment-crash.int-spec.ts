import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChildProcess } from 'node:child_process';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { signUp, SignedIn } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { removeQueues } from '../support/redis-queues';
import { exited, freePort, runTs, waitForOutput } from '../support/service-process';
import { pollUntil, TEST_JWT_SECRET } from '../support/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const READY = /API docs: (http:\/\/localhost:\d+)\/docs/;
const ORDERS = 200;
/** The service is killed once this many placements were answered, and started again on the same database and queues. */
const KILL_AFTER = [60, 130];
const PLACING_AT_ONCE = 6;
const CUSTOMERS = 20;
const SKUS = ['CR-MUG', 'CR-TEE', 'CR-CAP', 'CR-PEN', 'CR-BAG', 'CR-PIN'];
/** The fulfillment waits 6 s for a payment. */
const PAYMENT_TIMEOUT_MINUTES = 0.1;
/**
 * 3-D Secure confirms this long after the charge, per process: the first start well before the payment timeout, the
 * second well after it (cancelled, then refunded when it lands), the third at about the timeout (either).
 */
const THREE_DS_DELAY_MS = [2_500, 10_000, 6_000];
const SAGA_TYPE = 'fulfillment.order-fulfillment';
/**
 * How a retried delivery's earlier attempts failed when its message overtook the one it follows (Redis keeps completed
 * jobs with the stack of each failed attempt): the saga's shipment-delivered before shipment-shipped, Ordering's
 * mark-order-delivered before mark-order-shipped, and mark-order-shipped before confirm-order.
 */
const OVERTAKINGS = [
  { handler: 'fulfillment.order-fulfillment-saga', event: 'shipping.shipment-delivered', failure: /came before saga/ },
  {
    handler: 'ordering.mark-order-delivered-on-message',
    event: 'ordering.mark-order-delivered',
    failure: /only a shipped order can be marked delivered/,
  },
  {
    handler: 'ordering.mark-order-shipped-on-message',
    event: 'ordering.mark-order-shipped',
    failure: /only a confirmed order can be marked shipped/,
  },
];
/** Tokens drawn for the customers' cards: mostly good ones. */
const TOKENS = [...Array<string>(6).fill('pm_card_ok'), 'pm_card_declined', 'pm_card_3ds', 'pm_card_3ds', 'pm_card_timeout'];

interface Customer extends SignedIn {
  methods: Array<{ id: string; token: string }>;
}

interface OrderRow {
  id: string;
  status: string;
  total: number;
  lines: Array<{ sku: string; quantity: number }>;
  cancellationReason: string | null;
  sagas: number;
  state: string | null;
  endedAt: Date | null;
  sagaReason: string | null;
  shipments: string[];
  invoices: number;
}

/** Small, seedable, so a failing run can be replayed with FULFILLMENT_CRASH_SEED. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The order fulfillment saga through two crashes: 200 orders placed over HTTP against the service in its own process
 * (bullmq, real PostgreSQL), killed with SIGKILL twice mid-run and started again on the same database and queues.
 * Whatever each order's fate (out of stock, declined, 3-D Secure before or after the payment timeout, an unanswered
 * charge reconciled, a shipment delivered right after it is shipped), every saga ends, each order agrees with its saga,
 * nothing is dead-lettered, and the stock, the payments and the shipments add up to the delivered orders.
 */
describe('order fulfillment through two crashes (bullmq, real PostgreSQL)', () => {
  let database: FreshDatabase;
  let dataDir: string;
  let db: Client;
  const children: ChildProcess[] = [];
  const prefix = `promenade-saga-crash-${randomBytes(4).toString('hex')}`;
  const seed = Number(process.env.FULFILLMENT_CRASH_SEED ?? Date.now() % 1_000_000);
  const random = randomSource(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

  /** The running service's URL; `ready` resolves once it answers (a new promise while it is being restarted). */
  let url = '';
  let ready: Promise<void> = Promise.resolve();
  /** When each kill happened, and when each process started. */
  const kills: Date[] = [];

  beforeAll(async () => {
    database = await createFreshDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'promenade-saga-crash-'));
    db = new Client({ connectionString: database.url });
    await db.connect();
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await db?.end();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
    await removeQueues(REDIS_URL, prefix);
  });

  async function startService(): Promise<void> {
    const port = await freePort();
    const child = runTs('src/main.ts', [], {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      MIGRATIONS_RUN: 'auto',
      EVENT_TRANSPORT: 'bullmq',
      REDIS_URL,
      EVENT_QUEUE_PREFIX: prefix,
      // A job its killed worker held is taken up again this soon; long enough that a busy handler keeps its lock.
      EVENT_STALLED_INTERVAL_MS: '2000',
      // A message that came too early (a void waiting for a 3-D Secure payment to settle, a delivery that overtook its
      // shipment) is retried for about 25 s before it is dead-lettered.
      EVENT_BACKOFF_MS: '200',
      OUTBOX_POLL_MS: '200',
      FULFILLMENT_PAYMENT_TIMEOUT_MINUTES: String(PAYMENT_TIMEOUT_MINUTES),
      SANDBOX_3DS_DELAY_MS: String(THREE_DS_DELAY_MS[children.length]),
      // pm_card_timeout: unanswered after 300 ms, reconciled a second later (by then the process may be another one).
      PAYMENT_PROVIDER_TIMEOUT_MS: '300',
      PAYMENT_RECONCILE_AFTER_SECONDS: '1',
      RATE_LIMIT_REGISTER_PER_MINUTE: '10000',
      RATE_LIMIT_LOGIN_PER_MINUTE: '10000',
    });
    children.push(child);
    url = READY.exec(await waitForOutput(child, READY, 120_000))![1];
  }

  /** SIGKILL in the middle of the placements; requests wait for the next process meanwhile. */
  async function crashAndRestart(): Promise<void> {
    let open: () => void = () => undefined;
    ready = new Promise((resolve) => (open = resolve));
    const child = children[children.length - 1];
    kills.push(new Date());
    child.kill('SIGKILL');
    await exited(child);
    await startService();
    open();
  }

  /** One request; a thrown error means no answer (the process died under it). */
  async function api(method: string, path: string, token: SignedIn | null, body?: unknown): Promise<{ status: number; body: any }> {
    const response = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? token.headers : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  async function expectAnswer(status: number, call: Promise<{ status: number; body: any }>): Promise<any> {
    const answer = await call;
    if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** The placed orders, each with its saga(s), shipment(s) and invoice count, as the database has them. */
  async function placedOrders(): Promise<OrderRow[]> {
    const { rows } = await db.query(
      `SELECT o.id, o.status, o.total_amount::int AS total, o.lines, o.cancellation_reason AS "cancellationReason",
              (SELECT count(*)::int FROM fulfillment.sagas s WHERE s.type = $1 AND s.correlation_key = 'order:' || o.id) AS sagas,
              s.state, s.ended_at AS "endedAt", s.data->>'cancellationReason' AS "sagaReason",
              coalesce((SELECT array_agg(sh.status) FROM shipping.shipments sh WHERE sh.order_id = o.id), '{}') AS shipments,
              (SELECT count(*)::int FROM billing.invoices i WHERE i.kind = 'invoice' AND i.source_reference = 'order:' || o.id) AS invoices
       FROM ordering.orders o
       LEFT JOIN fulfillment.sagas s ON s.type = $1 AND s.correlation_key = 'order:' || o.id
       WHERE o.placed_at IS NOT NULL`,
      [SAGA_TYPE],
    );
    return rows;
  }

  /**
   * How many deliveries of each kind in OVERTAKINGS failed at least once because they came too early, then completed:
   * whether this run's timing met the races (it may not; nothing is asserted on it).
   */
  async function overtakings(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const context of ['fulfillment', 'ordering']) {
      const queue = new Queue(`${prefix}.${context}`, { connection: { url: REDIS_URL } });
      try {
        for (const job of await queue.getJobs(['completed'])) {
          const kind = OVERTAKINGS.find(
            ({ handler, event, failure }) =>
              job.data.handlerId === handler &&
              job.data.envelope.name === event &&
              (job.stacktrace ?? []).some((stack) => failure.test(stack)),
          );
          if (kind) counts[`${kind.handler} on ${kind.event}`] = (counts[`${kind.handler} on ${kind.event}`] ?? 0) + 1;
        }
      } finally {
        await queue.close();
      }
    }
    return counts;
  }

  it('every saga ends delivered or cancelled, and the stock, the money and the shipments add up', async () => {
    console.info(`fulfillment-crash seed ${seed} (FULFILLMENT_CRASH_SEED to replay)`);
    await startService();

    // Staff: roles are set in the database (the service runs in another process), then read on the next request.
    const admin = await signUp({ url });
    await db.query(`UPDATE identity.users SET roles = $1 WHERE id = $2`, [['admin'], admin.userId]);
    const address = { line1: 'Main street 1', city: 'Kyiv', postalCode: '01001', country: 'UA' };
    await expectAnswer(201, api('POST', '/warehouse/warehouses', admin, { code: 'CR-1', name: 'Crash', address, timeZone: 'Europe/Kyiv' }));
    const received = new Map<string, number>();
    // Two products are short (a few units against the demand of 200 orders); the others have enough for all.
    const short = new Set([...SKUS].sort(() => random() - 0.5).slice(0, 2));
    for (const sku of SKUS) {
      const onHand = short.has(sku) ? between(5, 20) : between(150, 300);
      received.set(sku, onHand);
      await expectAnswer(201, api('POST', '/warehouse/products', admin, { sku, name: `Product ${sku}`, unit: 'each' }));
      await expectAnswer(201, api('POST', '/warehouse/stock/receipts', admin, { warehouse: 'CR-1', lines: [{ sku, quantity: onHand }] }));
    }

    const customers: Customer[] = [];
    for (let n = 0; n < CUSTOMERS; n++) {
      const customer: Customer = { ...(await signUp({ url })), methods: [] };
      for (const token of new Set(Array.from({ length: between(1, 3) }, () => pick(TOKENS)))) {
        const { id } = await expectAnswer(201, api('POST', '/billing/payment-methods', customer, { token, label: token }));
        customer.methods.push({ id, token });
      }
      customers.push(customer);
    }

    // The orders, drawn before any is sent so the run depends on the seed only.
    const plans = Array.from({ length: ORDERS }, () => {
      const customer = pick(customers);
      const skus = [...new Set(Array.from({ length: between(1, 2) }, () => pick(SKUS)))];
      return {
        customer,
        method: pick(customer.methods),
        lines: skus.map((sku) => ({ sku, quantity: between(1, 4), unitPrice: { amount: between(100, 5_000), currency: 'EUR' } })),
      };
    });

    let answered = 0;
    let next = 0;
    /** Placements sent that got no answer: the process died under them. */
    const unanswered: Array<{ id: string; customer: Customer }> = [];
    await Promise.all(
      Array.from({ length: PLACING_AT_ONCE }, async () => {
        while (next < ORDERS) {
          const { customer, method, lines } = plans[next++];
          let id: string | undefined;
          // A draft whose creation got no answer is left as it is: a new one is created.
          while (!id) {
            await ready;
            id = await api('POST', '/ordering/orders', customer, { currency: 'EUR', lines }).then(
              (answer) => {
                if (answer.status !== 201) throw new Error(`create answered ${answer.status}: ${JSON.stringify(answer.body)}`);
                return answer.body.id as string;
              },
              () => undefined,
            );
          }
          await ready;
          const placed = await api('POST', `/ordering/orders/${id}/place`, customer, { paymentMethodId: method.id }).catch(() => undefined);
          if (!placed) {
            unanswered.push({ id, customer });
            continue;
          }
          if (placed.status !== 200) throw new Error(`place answered ${placed.status}: ${JSON.stringify(placed.body)}`);
          answered++;
          if (KILL_AFTER.includes(answered)) void crashAndRestart();
        }
      }),
    );
    await ready;
    expect(kills).toHaveLength(KILL_AFTER.length);

    // A placement without an answer may or may not have been committed: the order says which.
    for (const { id, customer } of unanswered) {
      const order = await expectAnswer(200, api('GET', `/ordering/orders/${id}`, customer));
      const { rows } = await db.query(`SELECT placed_at FROM ordering.orders WHERE id = $1`, [id]);
      expect(order.status === 'draft').toBe(rows[0].placed_at === null);
    }
    const placed = await placedOrders();
    expect(placed.length).toBeGreaterThanOrEqual(answered);
    expect(placed.length).toBeLessThanOrEqual(answered + unanswered.length);

    // Every saga gets as far as it can without staff: waiting for its shipment, or ended.
    const waiting = (rows: OrderRow[]) => rows.every((row) => ['awaiting_shipment', 'cancelled', 'delivered'].includes(row.state ?? ''));
    await pollUntil(async () => waiting(await placedOrders()), 180_000);
    const beforeShipping = await placedOrders();
    expect(beforeShipping.filter((row) => !waiting([row]))).toEqual([]);

    // Each saga waiting for its shipment released it, and only those: staff ship and deliver them.
    const toShip = beforeShipping.filter((row) => row.state === 'awaiting_shipment').map((row) => row.id);
    const releasedShipments = async () =>
      (await db.query(`SELECT id, order_id FROM shipping.shipments WHERE status = 'pending'`)).rows as Array<{
        id: string;
        order_id: string;
      }>;
    await pollUntil(async () => (await releasedShipments()).length === toShip.length, 60_000);
    const released = await releasedShipments();
    expect(released.map((shipment) => shipment.order_id).sort()).toEqual([...toShip].sort());
    const eachOf = async <T>(items: T[], work: (item: T, n: number) => Promise<unknown>) => {
      let taken = 0;
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (taken < items.length) {
            const n = taken++;
            await work(items[n], n);
          }
        }),
      );
    };
    // Staff ship each one and deliver it right away, as at a pick-up counter: the saga may take the shipment-delivered
    // before the shipment-shipped, and Ordering mark-order-delivered before mark-order-shipped; each is retried until
    // the message it overtook lands.
    await eachOf(released, async (shipment, n) => {
      const trackingNumber = `TRK${String(n).padStart(8, '0')}`;
      await expectAnswer(200, api('POST', `/shipping/shipments/${shipment.id}/ship`, admin, { carrier: 'UPS', trackingNumber }));
      await expectAnswer(200, api('POST', `/shipping/shipments/${shipment.id}/deliver`, admin));
    });

    // Everything settles: each saga ended and its order agrees; nothing held; no payment waiting for the provider or
    // for 3-D Secure; each capture of a cancelled order refunded.
    const settled = async () => {
      const rows = await placedOrders();
      const { rows: open } = await db.query(
        `SELECT (SELECT count(*)::int FROM warehouse.reservations WHERE status = 'held') AS held,
                (SELECT count(*)::int FROM billing.payments WHERE status IN ('pending', 'requires_action')) AS unsettled,
                (SELECT count(*)::int FROM billing.payments p
                 JOIN billing.invoices i ON i.id = p.invoice_id
                 JOIN ordering.orders o ON i.source_reference = 'order:' || o.id
                 WHERE o.status = 'cancelled' AND p.status = 'succeeded' AND p.refunded_amount < p.amount) AS unrefunded`,
      );
      const agreed = rows.every((row) => row.endedAt !== null && row.status === row.state);
      return agreed && Object.values(open[0]).every((n) => n === 0);
    };
    await pollUntil(settled, 180_000);
    const orders = await placedOrders();

    // Each placed order has one saga, one shipment, one invoice at most; the saga ended, and the order agrees with it.
    expect(orders.filter((row) => row.sagas !== 1 || row.shipments.length !== 1 || row.invoices > 1)).toEqual([]);
    expect(orders.filter((row) => row.endedAt === null || !['delivered', 'cancelled'].includes(row.state!))).toEqual([]);
    expect(orders.filter((row) => row.status !== row.state)).toEqual([]);
    expect(orders.filter((row) => row.shipments[0] !== row.state)).toEqual([]);
    expect(orders.filter((row) => row.state === 'cancelled' && row.cancellationReason !== row.sagaReason)).toEqual([]);
    const delivered = orders.filter((row) => row.state === 'delivered');
    const cancelled = orders.filter((row) => row.state === 'cancelled');
    expect(delivered.length).toBe(toShip.length);
    // Each cancellation is one the run provokes: short stock, a declined card, or a payment later than the timeout. The
    // provider keeps its charges across a kill, so an unanswered charge reconciled by the next process is found.
    const reasons = new Map<string, number>();
    for (const { sagaReason } of cancelled) {
      const kind = sagaReason!.replace(/^out of stock: .*/, 'out of stock');
      reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
    }
    expect(
      [...reasons.keys()].filter(
        (reason) => !['out of stock', 'payment failed: card_declined', 'payment not confirmed in time'].includes(reason),
      ),
    ).toEqual([]);
    expect(delivered.length + cancelled.length).toBe(orders.length);

    // Stock: each delivered unit was issued once, nothing else left; nothing stays held.
    const deliveredUnits = new Map<string, number>(SKUS.map((sku) => [sku, 0]));
    for (const row of delivered) for (const line of row.lines) deliveredUnits.set(line.sku, deliveredUnits.get(line.sku)! + line.quantity);
    const { rows: stock } = await db.query(
      `SELECT i.sku, i.on_hand::int AS "onHand", i.reserved::int AS reserved,
              coalesce((SELECT sum(abs(m.quantity))::int FROM warehouse.stock_movements m WHERE m.stock_item_id = i.id AND m.type = 'issue'), 0) AS issued
       FROM warehouse.stock_items i ORDER BY i.sku`,
    );
    expect(stock).toEqual(
      [...SKUS].sort().map((sku) => ({
        sku,
        onHand: received.get(sku)! - deliveredUnits.get(sku)!,
        reserved: 0,
        issued: deliveredUnits.get(sku)!,
      })),
    );
    expect((await db.query(`SELECT count(*)::int AS n FROM warehouse.reservations WHERE status = 'held'`)).rows[0].n).toBe(0);

    // No dead letter: the provider keeps its charges and its pending 3-D Secure webhooks across a kill, so each void
    // waiting for a 3-D Secure payment sees it settle and each refund finds its charge; each message that overtook the
    // one it follows was retried until that one landed.
    const { rows: deadLetters } = await db.query(
      `SELECT handler, event_name AS "eventName", envelope->'payload' AS payload, error, attempts, failed_at AS "failedAt"
       FROM messaging.dead_letters`,
    );
    expect(deadLetters).toEqual([]);
    const { rows: unsettled } = await db.query(
      `SELECT id, invoice_id AS "invoiceId", status FROM billing.payments WHERE status IN ('pending', 'requires_action')`,
    );
    expect(unsettled).toEqual([]);

    // Money: what was captured and not given back is exactly what the delivered orders cost, order by order and in all;
    // each delivered order was paid once, in full.
    const { rows: money } = await db.query(
      `SELECT coalesce(sum(amount) FILTER (WHERE status = 'succeeded'), 0)::int AS captured, coalesce(sum(refunded_amount), 0)::int AS refunded
       FROM billing.payments`,
    );
    const deliveredTotal = delivered.reduce((sum, row) => sum + row.total, 0);
    expect(money[0].captured - money[0].refunded).toBe(deliveredTotal);
    const { rows: paidOrders } = await db.query(
      `SELECT substring(i.source_reference from 7) AS "orderId", i.status, i.amount_paid::int AS paid,
              (SELECT count(*)::int FROM billing.payments p WHERE p.invoice_id = i.id AND p.status = 'succeeded' AND p.refunded_amount = 0) AS kept,
              coalesce((SELECT sum(p.amount - p.refunded_amount)::int FROM billing.payments p
                        WHERE p.invoice_id = i.id AND p.status = 'succeeded'), 0) AS net
       FROM billing.invoices i WHERE i.kind = 'invoice'`,
    );
    const invoiceOf = new Map(paidOrders.map((invoice) => [invoice.orderId, invoice]));
    expect(
      delivered.filter((row) => {
        const invoice = invoiceOf.get(row.id);
        return invoice?.status !== 'paid' || invoice.paid !== row.total || invoice.kept !== 1 || invoice.net !== row.total;
      }),
    ).toEqual([]);
    expect(cancelled.filter((row) => (invoiceOf.get(row.id)?.net ?? 0) !== 0)).toEqual([]);

    // The operator's view agrees: no saga stuck, no dead letter.
    const stats = await expectAnswer(200, api('GET', '/admin/events/stats', admin));
    expect(stats.sagas.stuck).toBe(0);
    expect(stats.deadLetters).toBe(0);
    expect(stats.sagas.byType[SAGA_TYPE]).toEqual(
      Object.fromEntries(
        [
          ['cancelled', cancelled.length],
          ['delivered', delivered.length],
        ].filter(([, n]) => n),
      ),
    );
    const overtaken = await overtakings();
    console.info(
      `fulfillment-crash seed ${seed}: ${orders.length} placed (${unanswered.length} unanswered), ${delivered.length} delivered, ` +
        `${cancelled.length} cancelled, ${money[0].captured} captured, ${money[0].refunded} refunded, ${deliveredTotal} delivered; ` +
        `cancellations: ${JSON.stringify(Object.fromEntries(reasons))}; retried after overtaking: ${JSON.stringify(overtaken)}`,
    );
  }, 450_000);
});
