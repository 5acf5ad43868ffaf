import request from 'supertest';
import { DataSource } from 'typeorm';
import { signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { startTestApp, TestApp } from '../support/test-app';

type Agent = ReturnType<typeof request.agent>;
const API = '/api/v1/warehouse';

/** An admin sets up the catalog; a stock clerk (role `warehouse`) receives, adjusts, transfers and reads the ledger. */
describe('Warehouse stock and its ledger through HTTP', () => {
  let testApp: TestApp;
  let admin: Agent;
  let clerk: Agent;
  let clerkId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = request.agent(testApp.url).set((await signUp(testApp, { roles: ['admin'] })).headers);
    const signedIn = await signUp(testApp, { roles: ['warehouse'] });
    clerk = request.agent(testApp.url).set(signedIn.headers);
    clerkId = signedIn.userId;
    const address = { line1: 'Main street 1', city: 'Kyiv', postalCode: '01001', country: 'UA' };
    for (const code of ['KBP-1', 'LWO-1', 'ODS-1']) {
      await admin
        .post(`${API}/warehouses`)
        .send({ code, name: `Warehouse ${code}`, address, timeZone: 'Europe/Kyiv' })
        .expect(201);
    }
    await admin.post(`${API}/warehouses/ODS-1/deactivate`).expect(200);
    for (const [sku, unit] of [
      ['KB-1', 'each'],
      ['FLOUR', 'kg'],
      ['OLD-1', 'each'],
    ]) {
      await admin
        .post(`${API}/products`)
        .send({ sku, name: `Product ${sku}`, unit })
        .expect(201);
    }
    await admin.post(`${API}/products/OLD-1/discontinue`).expect(200);
  }, 120_000);

  afterAll(() => testApp?.close());

  const levels = async (sku: string) => (await clerk.get(`${API}/products/${sku}/stock`).expect(200)).body;
  const receive = (warehouse: string, lines: Array<{ sku: string; quantity: number }>, reference?: string) =>
    clerk.post(`${API}/stock/receipts`).send({ warehouse, lines, reference });
  const adjust = (body: object) =>
    clerk.post(`${API}/stock/adjustments`).send({ warehouse: 'KBP-1', sku: 'KB-1', reason: 'count', ...body });

  it('receives stock: a receipt movement per line, naming the clerk and the reference, and the levels per warehouse and in total', async () => {
    const receipt = await receive(
      'kbp-1',
      [
        { sku: 'kb-1', quantity: 10 },
        { sku: 'FLOUR', quantity: 12.5 },
      ],
      'PO-1',
    ).expect(201);

    expect(receipt.body.movements).toEqual([
      expect.objectContaining({ sku: 'FLOUR', warehouseCode: 'KBP-1', type: 'receipt', quantity: 12.5, resultingOnHand: 12.5 }),
      expect.objectContaining({ sku: 'KB-1', warehouseCode: 'KBP-1', type: 'receipt', quantity: 10, resultingOnHand: 10 }),
    ]);
    expect(receipt.body.movements[0]).toMatchObject({ actor: clerkId, reference: 'PO-1', reason: null, transferId: null });
    expect(await levels('KB-1')).toEqual({
      sku: 'KB-1',
      unit: 'each',
      warehouses: [expect.objectContaining({ warehouseCode: 'KBP-1', onHand: 10, reserved: 0, available: 10, reorderPoint: null })],
      total: { onHand: 10, reserved: 0, available: 10 },
    });
  });

  it('adjusts up and down with a reason and note, and refuses to take stock below zero or below what is reserved with 409', async () => {
    const up = await adjust({ quantity: 2, reason: 'found', note: 'behind the shelf' }).expect(201);
    expect(up.body).toMatchObject({ type: 'adjustment', quantity: 2, resultingOnHand: 12, reason: 'found', note: 'behind the shelf' });
    const down = await adjust({ quantity: -3, reason: 'damage' }).expect(201);
    expect(down.body).toMatchObject({ quantity: -3, resultingOnHand: 9, reason: 'damage', note: null });

    const belowZero = await adjust({ quantity: -10, reason: 'loss' });
    expectProblem(belowZero, 409, 'INSUFFICIENT_STOCK');
    expect(belowZero.body.detail).toBe('insufficient stock: KB-1 requested 10, available 9');

    await clerk
      .post(`${API}/reservations`)
      .send({ orderId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f400001', lines: [{ sku: 'KB-1', quantity: 7 }] })
      .expect(201);
    expectProblem(await adjust({ quantity: -3, reason: 'loss' }), 409, 'INSUFFICIENT_STOCK');
    expect((await levels('KB-1')).total).toEqual({ onHand: 9, reserved: 7, available: 2 });
  });

  it('transfers available stock as two movements under one transfer id, and refuses what is reserved', async () => {
    const transfer = await clerk
      .post(`${API}/stock/transfers`)
      .send({ from: 'KBP-1', to: 'lwo-1', lines: [{ sku: 'FLOUR', quantity: 2.25 }] })
      .expect(201);

    const [out, into] = transfer.body.movements;
    expect(out).toMatchObject({ type: 'transfer-out', warehouseCode: 'KBP-1', quantity: -2.25, resultingOnHand: 10.25 });
    expect(into).toMatchObject({ type: 'transfer-in', warehouseCode: 'LWO-1', quantity: 2.25, resultingOnHand: 2.25 });
    expect(out.transferId).toBe(into.transferId);
    expect((await levels('FLOUR')).warehouses.map((w: { warehouseCode: string; onHand: number }) => [w.warehouseCode, w.onHand])).toEqual([
      ['KBP-1', 10.25],
      ['LWO-1', 2.25],
    ]);

    const tooMuch = await clerk.post(`${API}/stock/transfers`).send({ from: 'KBP-1', to: 'LWO-1', lines: [{ sku: 'KB-1', quantity: 3 }] });
    expectProblem(tooMuch, 409, 'INSUFFICIENT_STOCK');
    const same = await clerk.post(`${API}/stock/transfers`).send({ from: 'KBP-1', to: 'kbp-1', lines: [{ sku: 'KB-1', quantity: 1 }] });
    expectProblem(same, 422, 'TRANSFER_WITHIN_WAREHOUSE');
  });

  it('pages the ledger newest first, filtered by sku, warehouse, type and time', async () => {
    const all = await clerk.get(`${API}/movements`).query({ sku: 'kb-1' }).expect(200);
    expect(all.body.items.map((m: { type: string; quantity: number }) => [m.type, m.quantity])).toEqual([
      ['adjustment', -3],
      ['adjustment', 2],
      ['receipt', 10],
    ]);
    expect(all.body).toMatchObject({ page: 1, limit: 20, total: 3 });

    const transfersIn = await clerk.get(`${API}/movements`).query({ warehouse: 'LWO-1', type: 'transfer-in' }).expect(200);
    expect(transfersIn.body.items.map((m: { sku: string }) => m.sku)).toEqual(['FLOUR']);
    const future = await clerk.get(`${API}/movements`).query({ from: '2999-01-01T00:00:00Z' }).expect(200);
    expect(future.body).toMatchObject({ items: [], total: 0 });
    const secondPage = await clerk.get(`${API}/movements`).query({ sku: 'KB-1', page: 2, limit: 2 }).expect(200);
    expect(secondPage.body.items.map((m: { quantity: number }) => m.quantity)).toEqual([10]);
  });

  it('sets a reorder point, lists the items below it, and publishes warehouse.stock-low once when available crosses it', async () => {
    const set = await clerk.put(`${API}/stock/KBP-1/flour/reorder-point`).send({ reorderPoint: 8 }).expect(200);
    expect(set.body).toMatchObject({ sku: 'FLOUR', warehouseCode: 'KBP-1', reorderPoint: 8, belowReorderPoint: false });

    await adjust({ sku: 'FLOUR', quantity: -3, reason: 'loss' }).expect(201);
    await adjust({ sku: 'FLOUR', quantity: -1, reason: 'loss' }).expect(201);

    const low = await clerk.get(`${API}/stock`).query({ belowReorderPoint: 'true' }).expect(200);
    expect(low.body.items.map((i: { sku: string; available: number }) => [i.sku, i.available])).toEqual([['FLOUR', 6.25]]);
    const published = await testApp.app
      .get(DataSource)
      .query(`SELECT envelope->'payload' AS payload FROM messaging.outbox WHERE event_name = 'warehouse.stock-low'`);
    expect(published.map((row: { payload: object }) => row.payload)).toEqual([
      expect.objectContaining({ sku: 'FLOUR', warehouseCode: 'KBP-1', available: 7.25, reorderPoint: 8 }),
    ]);
    await clerk.put(`${API}/stock/KBP-1/FLOUR/reorder-point`).send({ reorderPoint: null }).expect(200);
  });

  it('pages the stock items by sku then warehouse, filtered by sku and warehouse', async () => {
    const page = await clerk.get(`${API}/stock`).expect(200);
    expect(page.body.items.map((i: { sku: string; warehouseCode: string }) => `${i.sku}@${i.warehouseCode}`)).toEqual([
      'FLOUR@KBP-1',
      'FLOUR@LWO-1',
      'KB-1@KBP-1',
    ]);
    const one = await clerk.get(`${API}/stock`).query({ sku: 'flour', warehouse: 'lwo-1' }).expect(200);
    expect(one.body).toMatchObject({ total: 1, items: [{ sku: 'FLOUR', warehouseCode: 'LWO-1', onHand: 2.25 }] });
  });

  it('refuses stock into an inactive warehouse, of a discontinued product, of an unknown product or in part units of each', async () => {
    expectProblem(await receive('ODS-1', [{ sku: 'KB-1', quantity: 1 }]), 409, 'WAREHOUSE_INACTIVE');
    expectProblem(
      await clerk.post(`${API}/stock/transfers`).send({ from: 'KBP-1', to: 'ODS-1', lines: [{ sku: 'KB-1', quantity: 1 }] }),
      409,
      'WAREHOUSE_INACTIVE',
    );
    expectProblem(await receive('KBP-1', [{ sku: 'OLD-1', quantity: 1 }]), 409, 'PRODUCT_DISCONTINUED');
    expectProblem(await receive('KBP-1', [{ sku: 'NOPE', quantity: 1 }]), 404, 'PRODUCT_NOT_FOUND');
    expectProblem(await receive('XXX-9', [{ sku: 'KB-1', quantity: 1 }]), 404, 'WAREHOUSE_NOT_FOUND');
    expectProblem(await receive('KBP-1', [{ sku: 'KB-1', quantity: 1.5 }]), 422, 'QUANTITY_INVALID');
    expect((await levels('KB-1')).total.onHand).toBe(9);
  });

  it.each([
    ['no lines', 'stock/receipts', { warehouse: 'KBP-1', lines: [] }],
    ['a negative quantity', 'stock/receipts', { warehouse: 'KBP-1', lines: [{ sku: 'KB-1', quantity: -1 }] }],
    ['four decimals', 'stock/receipts', { warehouse: 'KBP-1', lines: [{ sku: 'FLOUR', quantity: 0.0001 }] }],
    ['a malformed SKU', 'stock/receipts', { warehouse: 'KBP-1', lines: [{ sku: 'no spaces', quantity: 1 }] }],
    ['an unknown field', 'stock/receipts', { warehouse: 'KBP-1', lines: [{ sku: 'KB-1', quantity: 1 }], extra: true }],
    ['a zero adjustment', 'stock/adjustments', { warehouse: 'KBP-1', sku: 'KB-1', quantity: 0, reason: 'count' }],
    ['an unknown reason', 'stock/adjustments', { warehouse: 'KBP-1', sku: 'KB-1', quantity: 1, reason: 'theft' }],
    ['a transfer without a destination', 'stock/transfers', { from: 'KBP-1', lines: [{ sku: 'KB-1', quantity: 1 }] }],
  ])('answers 400 VALIDATION_FAILED to %s, changing nothing', async (_case, path, body) => {
    const before = (await clerk.get(`${API}/movements`).expect(200)).body.total;

    expectProblem(await clerk.post(`${API}/${path}`).send(body), 400, 'VALIDATION_FAILED');

    expect((await clerk.get(`${API}/movements`).expect(200)).body.total).toBe(before);
  });

  it('answers 400 to bad list filters and reorder points', async () => {
    expectProblem(await clerk.get(`${API}/stock`).query({ belowReorderPoint: 'yes' }), 400, 'VALIDATION_FAILED');
    expectProblem(await clerk.get(`${API}/movements`).query({ type: 'gift' }), 400, 'VALIDATION_FAILED');
    expectProblem(await clerk.get(`${API}/movements`).query({ from: 'yesterday' }), 400, 'VALIDATION_FAILED');
    expectProblem(await clerk.put(`${API}/stock/KBP-1/KB-1/reorder-point`).send({}), 400, 'VALIDATION_FAILED');
  });

  it('keeps the ledger append-only in the database itself: an UPDATE or DELETE of a movement is refused', async () => {
    const database = testApp.app.get(DataSource);

    await expect(database.query(`UPDATE warehouse.stock_movements SET quantity = 1000`)).rejects.toThrow(/append-only/);
    await expect(database.query(`DELETE FROM warehouse.stock_movements`)).rejects.toThrow(/append-only/);
    expect((await clerk.get(`${API}/movements`).query({ sku: 'KB-1' }).expect(200)).body.total).toBe(3);
  });

  it('answers 401 without a token and 403 to a user whose role grants no stock permission', async () => {
    const customer = request.agent(testApp.url).set((await signUp(testApp)).headers);

    expectProblem(await request(testApp.url).get(`${API}/stock`), 401, 'UNAUTHENTICATED');
    expectProblem(await request(testApp.url).get(`${API}/movements`), 401, 'UNAUTHENTICATED');
    expectProblem(await customer.get(`${API}/stock`), 403, 'PERMISSION_DENIED');
    expectProblem(await customer.get(`${API}/movements`), 403, 'PERMISSION_DENIED');
    expectProblem(await customer.get(`${API}/products/KB-1/stock`), 403, 'PERMISSION_DENIED');
    expectProblem(
      await customer.post(`${API}/stock/receipts`).send({ warehouse: 'KBP-1', lines: [{ sku: 'KB-1', quantity: 1 }] }),
      403,
      'PERMISSION_DENIED',
    );
    expectProblem(
      await customer.post(`${API}/stock/adjustments`).send({ warehouse: 'KBP-1', sku: 'KB-1', quantity: 1, reason: 'count' }),
      403,
      'PERMISSION_DENIED',
    );
    expectProblem(await customer.put(`${API}/stock/KBP-1/KB-1/reorder-point`).send({ reorderPoint: 1 }), 403, 'PERMISSION_DENIED');
  });
});
