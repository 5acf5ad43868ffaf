import { signUp, SignedIn } from './auth';
import { call, expectStatus } from './service-cluster';
import { pollUntil } from './test-app';

/** A customer with a card the sandbox provider always charges. */
export interface Shopper extends SignedIn {
  paymentMethodId: string;
}

/**
 * Through a running service's API: a warehouse holding plenty of each SKU (as `admin`), and `count` customers, each with a
 * card; `urls` spreads the customers' sign-ups over several APIs.
 */
export async function openShop(urls: string[], admin: SignedIn, skus: string[], count: number): Promise<Shopper[]> {
  const address = { line1: 'Main street 1', city: 'Kyiv', postalCode: '01001', country: 'UA' };
  const asAdmin = (method: string, path: string, body?: unknown) => call(urls[0], method, path, { headers: admin.headers, body });
  await expectStatus(201, asAdmin('POST', '/warehouse/warehouses', { code: 'SHOP-1', name: 'Shop', address, timeZone: 'Europe/Kyiv' }));
  for (const sku of skus) {
    await expectStatus(201, asAdmin('POST', '/warehouse/products', { sku, name: `Product ${sku}`, unit: 'each' }));
    await expectStatus(201, asAdmin('POST', '/warehouse/stock/receipts', { warehouse: 'SHOP-1', lines: [{ sku, quantity: 10_000 }] }));
  }
  return Promise.all(
    Array.from({ length: count }, async (_, n) => {
      const customer = await signUp({ url: urls[n % urls.length] });
      const card = await expectStatus(
        201,
        call(urls[(n + 1) % urls.length], 'POST', '/billing/payment-methods', {
          headers: customer.headers,
          body: { token: 'pm_card_ok', label: 'card' },
        }),
      );
      return { ...customer, paymentMethodId: card.id as string };
    }),
  );
}

/** An order line of `sku` at 2.50 EUR. */
export function lineOf(sku: string, quantity: number): { sku: string; quantity: number; unitPrice: { amount: number; currency: string } } {
  return { sku, quantity, unitPrice: { amount: 250, currency: 'EUR' } };
}

export interface PlacedOrder {
  id: string;
  state: string | null;
  shipments: number;
  invoices: number;
  captures: number;
}

/** A pg Client or Pool. */
interface Queryable {
  query(sql: string): Promise<{ rows: any[] }>;
}

/** Each placed order with its saga's state and how many shipments, invoices and captures it has. */
async function placedOrders(db: Queryable): Promise<PlacedOrder[]> {
  const { rows } = await db.query(
    `SELECT o.id, s.state,
            (SELECT count(*)::int FROM shipping.shipments sh WHERE sh.order_id = o.id) AS shipments,
            (SELECT count(*)::int FROM billing.invoices i WHERE i.kind = 'invoice' AND i.source_reference = 'order:' || o.id) AS invoices,
            (SELECT count(*)::int FROM billing.payments p JOIN billing.invoices i ON i.id = p.invoice_id
             WHERE i.source_reference = 'order:' || o.id AND p.status = 'succeeded') AS captures
     FROM ordering.orders o LEFT JOIN fulfillment.sagas s ON s.correlation_key = 'order:' || o.id
     WHERE o.placed_at IS NOT NULL ORDER BY o.id`,
  );
  return rows;
}

/** The due outbox rows not yet confirmed by every handler's inbox (or a dead letter). */
async function unconfirmedEvents(db: Queryable): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT event_name FROM messaging.outbox WHERE (sent_at IS NULL OR confirmed_at IS NULL) AND (deliver_at IS NULL OR deliver_at <= now())`,
  );
  return rows.map((row: { event_name: string }) => row.event_name);
}

/**
 * Waits (up to 3 minutes) for every placed order's saga to reach `awaiting_shipment` (paid, shipment released) and every due
 * event to be confirmed by its handlers, then answers what the database holds, for the test to hold it to "each order once":
 * the orders, the events still unconfirmed and the dead letters.
 */
export async function settledFulfillment(db: Queryable): Promise<{ orders: PlacedOrder[]; unconfirmed: string[]; deadLetters: unknown[] }> {
  await pollUntil(async () => (await placedOrders(db)).every((order) => order.state === 'awaiting_shipment'), 180_000);
  await pollUntil(async () => (await unconfirmedEvents(db)).length === 0, 60_000);
  const { rows: deadLetters } = await db.query(`SELECT handler, event_name, error FROM messaging.dead_letters`);
  return { orders: await placedOrders(db), unconfirmed: await unconfirmedEvents(db), deadLetters };
}

/** The orders that are not paid once, invoiced once and waiting for their one released shipment. */
export function notFulfilledOnce(orders: PlacedOrder[]): PlacedOrder[] {
  return orders.filter(
    (order) => order.state !== 'awaiting_shipment' || order.shipments !== 1 || order.invoices !== 1 || order.captures !== 1,
  );
}
