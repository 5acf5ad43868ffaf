import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';
type Agent = ReturnType<typeof request.agent>;

/** An admin sets up the catalog and receives stock; a stock clerk (role `warehouse`) reserves, releases and issues. */
async function signedIn(testApp: TestApp): Promise<{ admin: Agent; clerk: Agent }> {
  return {
    admin: request.agent(testApp.url).set((await signUp(testApp, { roles: ['admin'] })).headers),
    clerk: request.agent(testApp.url).set((await signUp(testApp, { roles: ['warehouse'] })).headers),
  };
}

async function warehouse(admin: Agent, code: string): Promise<void> {
  const address = { line1: 'Main street 1', city: 'Kyiv', postalCode: '01001', country: 'UA' };
  await admin
    .post('/api/v1/warehouse/warehouses')
    .send({ code, name: `Warehouse ${code}`, address, timeZone: 'Europe/Kyiv' })
    .expect(201);
}

async function stocked(admin: Agent, sku: string, onHand: Record<string, number>): Promise<void> {
  await admin
    .post('/api/v1/warehouse/products')
    .send({ sku, name: `Product ${sku}`, unit: 'each' })
    .expect(201);
  for (const [code, quantity] of Object.entries(onHand)) {
    await admin
      .post('/api/v1/warehouse/stock/receipts')
      .send({ warehouse: code, lines: [{ sku, quantity }] })
      .expect(201);
  }
}

async function totalOf(agent: Agent, sku: string): Promise<{ onHand: number; reserved: number; available: number }> {
  const { body } = await agent.get(`/api/v1/warehouse/products/${sku}/stock`).expect(200);
  return body.total;
}

describe('Warehouse reservations through HTTP', () => {
  let testApp: TestApp;
  let admin: Agent;
  let clerk: Agent;

  beforeAll(async () => {
    testApp = await startTestApp();
    ({ admin, clerk } = await signedIn(testApp));
    await warehouse(admin, 'KBP-1');
    await warehouse(admin, 'LWO-1');
    await stocked(admin, 'MUG', { 'KBP-1': 3, 'LWO-1': 5 });
    await stocked(admin, 'TEE', { 'KBP-1': 2 });
  }, 120_000);

  afterAll(() => testApp?.close());

  const reserve = (orderId: string, lines: Array<{ sku: string; quantity: number }>) =>
    clerk.post('/api/v1/warehouse/reservations').send({ orderId, lines });
  const reservationsOf = async (orderId: string) => (await clerk.get(`/api/v1/warehouse/reservations?orderId=${orderId}`).expect(200)).body;

  it('holds an order from the one warehouse that can serve it all, and a repeat answers the same reservation', async () => {
    const orderId = randomUUID();

    const held = await reserve(orderId, [
      { sku: 'mug', quantity: 2 },
      { sku: 'TEE', quantity: 1 },
    ]).expect(201);

    expect(held.body).toMatchObject({
      orderId,
      status: 'held',
      lines: [
        { sku: 'MUG', quantity: 2 },
        { sku: 'TEE', quantity: 1 },
      ],
      allocations: [
        { sku: 'MUG', warehouseCode: 'KBP-1', quantity: 2 },
        { sku: 'TEE', warehouseCode: 'KBP-1', quantity: 1 },
      ],
      shortages: [],
      confirmedAt: null,
      version: 1,
    });
    const minutesLeft = (Date.parse(held.body.expiresAt) - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(29);
    expect(minutesLeft).toBeLessThanOrEqual(30);
    expect(await totalOf(clerk, 'MUG')).toEqual({ onHand: 8, reserved: 2, available: 6 });

    const again = await reserve(orderId, [{ sku: 'MUG', quantity: 7 }]).expect(201);
    expect(again.body).toEqual(held.body);
    expect(await totalOf(clerk, 'MUG')).toEqual({ onHand: 8, reserved: 2, available: 6 });
    expect((await clerk.get(`/api/v1/warehouse/reservations/${held.body.id}`).expect(200)).body).toEqual(held.body);

    await clerk.post(`/api/v1/warehouse/reservations/${held.body.id}/release`).expect(200);
  });

  it('splits an order no single warehouse can serve over the fewest warehouses', async () => {
    const { body } = await reserve(randomUUID(), [{ sku: 'MUG', quantity: 7 }]).expect(201);

    expect(body.allocations).toEqual([
      { sku: 'MUG', warehouseCode: 'KBP-1', quantity: 2 },
      { sku: 'MUG', warehouseCode: 'LWO-1', quantity: 5 },
    ]);

    await clerk.post(`/api/v1/warehouse/reservations/${body.id}/release`).expect(200);
  });

  it('refuses a shortage with 409 INSUFFICIENT_STOCK naming each short SKU with what is available, holding nothing', async () => {
    const orderId = randomUUID();

    const refused = await reserve(orderId, [
      { sku: 'MUG', quantity: 1 },
      { sku: 'TEE', quantity: 5 },
    ]);

    expectProblem(refused, 409, 'INSUFFICIENT_STOCK');
    expect(refused.body.detail).toContain('TEE requested 5, available 2');
    expect(refused.body.shortages).toEqual([{ sku: 'TEE', requested: 5, available: 2 }]);
    expect(refused.body.detail).not.toContain('MUG');
    expect(await totalOf(clerk, 'MUG')).toEqual({ onHand: 8, reserved: 0, available: 8 });
    const { body: failed } = await clerk.get(`/api/v1/warehouse/reservations?orderId=${orderId}`).expect(200);
    expect(failed).toMatchObject({
      total: 1,
      items: [{ status: 'failed', allocations: [], shortages: [{ sku: 'TEE', requested: 5, available: 2, reason: 'insufficient' }] }],
    });
  });

  it('releases a held reservation: its stock is available again, and it cannot be released or issued twice', async () => {
    const { body: held } = await reserve(randomUUID(), [{ sku: 'MUG', quantity: 3 }]).expect(201);
    expect(await totalOf(clerk, 'MUG')).toMatchObject({ reserved: 3, available: 5 });

    const released = await clerk.post(`/api/v1/warehouse/reservations/${held.id}/release`).expect(200);

    expect(released.body).toMatchObject({ id: held.id, status: 'released', version: 2 });
    expect(await totalOf(clerk, 'MUG')).toEqual({ onHand: 8, reserved: 0, available: 8 });
    expectProblem(await clerk.post(`/api/v1/warehouse/reservations/${held.id}/release`), 409, 'RESERVATION_NOT_HELD');
    expectProblem(await clerk.post(`/api/v1/warehouse/reservations/${held.id}/issue`), 409, 'RESERVATION_NOT_HELD');
  });

  it('issues a held reservation: the stock leaves, an issue movement names the order, and it cannot be released after', async () => {
    const orderId = randomUUID();
    const { body: held } = await reserve(orderId, [{ sku: 'TEE', quantity: 2 }]).expect(201);

    const issued = await clerk.post(`/api/v1/warehouse/reservations/${held.id}/issue`).expect(200);

    expect(issued.body).toMatchObject({ status: 'committed', version: 2 });
    expect(await totalOf(clerk, 'TEE')).toEqual({ onHand: 0, reserved: 0, available: 0 });
    const { body: movements } = await clerk.get('/api/v1/warehouse/movements?sku=TEE&type=issue').expect(200);
    expect(movements.items).toEqual([expect.objectContaining({ type: 'issue', warehouseCode: 'KBP-1', reference: orderId })]);
    expectProblem(await clerk.post(`/api/v1/warehouse/reservations/${held.id}/release`), 409, 'RESERVATION_NOT_HELD');
  });

  it('lists reservations by order and by status, a page at a time', async () => {
    const orderId = randomUUID();
    const { body: held } = await reserve(orderId, [{ sku: 'MUG', quantity: 1 }]).expect(201);

    const byOrder = await clerk.get(`/api/v1/warehouse/reservations?orderId=${orderId}`).expect(200);
    expect(byOrder.body).toEqual({ items: [held], page: 1, limit: 20, total: 1 });
    const heldOnes = await clerk.get('/api/v1/warehouse/reservations?status=held&limit=1').expect(200);
    expect(heldOnes.body).toMatchObject({ items: [{ id: held.id }], limit: 1, total: 1 });
    const released = await clerk.get('/api/v1/warehouse/reservations?status=released').expect(200);
    expect(released.body.total).toBeGreaterThanOrEqual(3);
    expect(released.body.items.every((r: { status: string }) => r.status === 'released')).toBe(true);

    await clerk.post(`/api/v1/warehouse/reservations/${held.id}/release`).expect(200);
  });

  it('refuses bad input with 400 and unknown reservations with 404, holding nothing', async () => {
    const orderId = randomUUID();
    expectProblem(await reserve('not-a-uuid', [{ sku: 'MUG', quantity: 1 }]), 400, 'VALIDATION_FAILED');
    expectProblem(await reserve(orderId, []), 400, 'VALIDATION_FAILED');
    expectProblem(await reserve(orderId, [{ sku: 'MUG', quantity: 0 }]), 400, 'VALIDATION_FAILED');
    expectProblem(await reserve(orderId, [{ sku: 'MUG', quantity: 1.5 }]), 422, 'QUANTITY_INVALID');
    expectProblem(
      await reserve(orderId, [
        { sku: 'MUG', quantity: 1 },
        { sku: 'mug', quantity: 1 },
      ]),
      422,
      'RESERVATION_LINES_INVALID',
    );
    expectProblem(await clerk.get(`/api/v1/warehouse/reservations/${UNKNOWN}`), 404, 'RESERVATION_NOT_FOUND');
    expectProblem(await clerk.post(`/api/v1/warehouse/reservations/${UNKNOWN}/issue`), 404, 'RESERVATION_NOT_FOUND');
    expect((await clerk.get(`/api/v1/warehouse/reservations?orderId=${orderId}`).expect(200)).body.total).toBe(0);
    expect(await totalOf(clerk, 'MUG')).toMatchObject({ reserved: 0 });
  });

  it('refuses an unknown product with 404 and a discontinued one with 409, keeping the failed reservation with its reasons', async () => {
    await stocked(admin, 'OLD-LAMP', { 'KBP-1': 4 });
    await admin.post('/api/v1/warehouse/products/OLD-LAMP/discontinue').expect(200);
    const orderId = randomUUID();

    expectProblem(
      await reserve(orderId, [
        { sku: 'NOPE', quantity: 1 },
        { sku: 'OLD-LAMP', quantity: 1 },
      ]),
      404,
      'PRODUCT_NOT_FOUND',
    );
    expect(await reservationsOf(orderId)).toMatchObject({
      total: 1,
      items: [
        {
          status: 'failed',
          shortages: [
            { sku: 'NOPE', requested: 1, available: 0, reason: 'unknown' },
            { sku: 'OLD-LAMP', requested: 1, available: 0, reason: 'discontinued' },
          ],
        },
      ],
    });

    const other = randomUUID();
    expectProblem(await reserve(other, [{ sku: 'old-lamp', quantity: 1 }]), 409, 'PRODUCT_DISCONTINUED');
    expect((await reservationsOf(other)).items).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(await totalOf(clerk, 'OLD-LAMP')).toEqual({ onHand: 4, reserved: 0, available: 4 });
  });

  it('refuses the routes without the permission: a customer may not reserve stock', async () => {
    const customer = request.agent(testApp.url).set((await signUp(testApp)).headers);
    expectProblem(
      await customer.post('/api/v1/warehouse/reservations').send({ orderId: randomUUID(), lines: [{ sku: 'MUG', quantity: 1 }] }),
      403,
      'PERMISSION_DENIED',
    );
  });
});

describe('Warehouse reservation expiry through HTTP', () => {
  let testApp: TestApp;
  let admin: Agent;
  let clerk: Agent;

  beforeAll(async () => {
    // 0.02 minutes: a held reservation expires 1.2 s after it is made, through the transport's scheduler.
    testApp = await startTestApp({ RESERVATION_TTL_MINUTES: '0.02' });
    ({ admin, clerk } = await signedIn(testApp));
    await warehouse(admin, 'ODS-1');
    await stocked(admin, 'LAMP', { 'ODS-1': 4 });
  }, 120_000);

  afterAll(() => testApp?.close());

  it('expires a held reservation once its time is up: expired, and its stock available again', async () => {
    const { body: held } = await clerk
      .post('/api/v1/warehouse/reservations')
      .send({ orderId: randomUUID(), lines: [{ sku: 'LAMP', quantity: 3 }] })
      .expect(201);
    expect(await totalOf(clerk, 'LAMP')).toEqual({ onHand: 4, reserved: 3, available: 1 });

    const expired = await eventually(async () => {
      const { body } = await clerk.get(`/api/v1/warehouse/reservations/${held.id}`).expect(200);
      return body.status === 'expired' ? body : undefined;
    }, 20_000);

    expect(expired.version).toBe(2);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(held.expiresAt));
    expect(await totalOf(clerk, 'LAMP')).toEqual({ onHand: 4, reserved: 0, available: 4 });
    expectProblem(await clerk.post(`/api/v1/warehouse/reservations/${held.id}/issue`), 409, 'RESERVATION_NOT_HELD');
  }, 60_000);
});
