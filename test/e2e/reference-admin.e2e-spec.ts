import { UNAVAILABLE_CURRENCIES, UnavailableCurrencies } from '@promenade/ddd';
import { UnitOfWork } from '@promenade/persistence';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BillingModule } from '../../src/contexts/billing/billing.module';
import { OrderingModule } from '../../src/contexts/ordering/ordering.module';
import { SignedIn, signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const line = (currency: string) => ({ sku: 'SKU-1', quantity: 1, unitPrice: { amount: 1000, currency } });

describe('Reference administration: withdrawing currencies and countries, and Ordering reacting', () => {
  let t: TestApp;
  let http: ReturnType<typeof request>;
  let superadmin: SignedIn;
  let customer: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    http = request(t.url);
    superadmin = await signUp(t, { roles: ['superadmin'] });
    customer = await signUp(t);
  });

  afterAll(() => t?.close());

  const admin = (path: string) => http.post(`/api/v1/reference/${path}`).set(superadmin.headers);
  const createOrder = (currency: string) =>
    http
      .post('/api/v1/ordering/orders')
      .set(customer.headers)
      .send({ currency, lines: [line(currency)] });
  /** Polls until an order in `currency` gets `status`: Ordering learns of the change through its event handler, after the response. */
  const untilOrdersAnswer = (currency: string, status: number) =>
    eventually(async () => ((await createOrder(currency)).status === status ? true : undefined), 10_000);
  /** Polls the public read until it shows `expected`: the cached entry is forgotten once the change's event is handled. */
  const untilRead = (path: string, expected: object) =>
    eventually(async () => {
      const { status, body } = await http.get(`/api/v1/reference/${path}`);
      return status === 200 && Object.entries(expected).every(([key, value]) => body[key] === value) ? body : undefined;
    });
  const outboxOf = async (code: string): Promise<Array<{ name: string; sequence: number; payload: unknown }>> =>
    (await t.app.get(DataSource).query(`SELECT envelope FROM messaging.outbox WHERE aggregate_id = $1 ORDER BY id`, [code])).map(
      ({ envelope }: { envelope: { name: string; sequence: number; payload: unknown } }) => ({
        name: envelope.name,
        sequence: envelope.sequence,
        payload: envelope.payload,
      }),
    );

  it('withdraws EUR: new EUR orders answer 422 CURRENCY_UNAVAILABLE while USD works, until EUR is accepted again', async () => {
    await untilRead('currencies/EUR', { active: true }); // now cached
    await createOrder('EUR').expect(201);
    const draftBefore = (await createOrder('EUR').expect(201)).body.id;

    const deactivated = await admin('currencies/EUR/deactivate').expect(200);
    expect(deactivated.body).toEqual({ code: 'EUR', numeric: '978', name: 'Euro', minorUnits: 2, symbol: '€', active: false });
    await untilRead('currencies/EUR', { active: false });

    await untilOrdersAnswer('EUR', 422);
    const refused = await createOrder('EUR');
    expectProblem(refused, 422, 'CURRENCY_UNAVAILABLE');
    expect(refused.body.detail).toBe('EUR is not accepted for new orders');
    await createOrder('USD').expect(201);
    // A draft opened before the withdrawal keeps its currency: its lines must be in it, so adding one needs no check.
    await http
      .post(`/api/v1/ordering/orders/${draftBefore}/lines`)
      .set(customer.headers)
      .send({ ...line('EUR'), sku: 'SKU-2' })
      .expect(200);

    const activated = await admin('currencies/EUR/activate').expect(200);
    expect(activated.body).toMatchObject({ code: 'EUR', active: true });
    await untilOrdersAnswer('EUR', 201);
    await untilRead('currencies/EUR', { active: true });
  });

  it('writes each change to the outbox, numbered per currency, and a refused change writes nothing', async () => {
    await admin('currencies/JPY/deactivate').expect(200);
    await admin('currencies/JPY/deactivate').expect(409);
    await admin('currencies/JPY/activate').expect(200);

    expect(await outboxOf('JPY')).toEqual([
      { name: 'reference.currency-deactivated', sequence: 1, payload: { code: 'JPY' } },
      { name: 'reference.currency-activated', sequence: 2, payload: { code: 'JPY' } },
    ]);
  });

  it('ends refused after deactivate → activate → deactivate in quick succession', async () => {
    await admin('currencies/GBP/deactivate').expect(200);
    await admin('currencies/GBP/activate').expect(200);
    await admin('currencies/GBP/deactivate').expect(200);

    await untilOrdersAnswer('GBP', 422);
    const handled = await eventually(async () => {
      const rows = await t.app
        .get(DataSource)
        .query(`SELECT refused, sequence::int FROM ordering.unavailable_currencies WHERE code = 'GBP'`);
      return rows[0]?.sequence === 3 ? rows[0] : undefined;
    });
    expect(handled).toEqual({ refused: true, sequence: 3 });
    expectProblem(await createOrder('GBP'), 422, 'CURRENCY_UNAVAILABLE');
    await admin('currencies/GBP/activate').expect(200);
  });

  it('takes the code in any case', async () => {
    expect((await admin('currencies/chf/deactivate').expect(200)).body).toMatchObject({ code: 'CHF', active: false });
    await untilRead('currencies/CHF', { active: false });
    expect((await admin('currencies/Chf/activate').expect(200)).body).toMatchObject({ code: 'CHF', active: true });
  });

  it('answers 409 for a currency already inactive, or already active', async () => {
    await admin('currencies/SEK/deactivate').expect(200);
    expectProblem(await admin('currencies/SEK/deactivate'), 409, 'CURRENCY_ALREADY_INACTIVE');
    await admin('currencies/SEK/activate').expect(200);
    expectProblem(await admin('currencies/SEK/activate'), 409, 'CURRENCY_ALREADY_ACTIVE');
  });

  it('withdraws a country by its alpha-2 or alpha-3 code, announcing its alpha-2 code; 409 twice', async () => {
    await untilRead('countries/DE', { active: true }); // now cached
    const deactivated = await admin('countries/deu/deactivate').expect(200);
    expect(deactivated.body).toMatchObject({
      alpha2: 'DE',
      alpha3: 'DEU',
      numeric: '276',
      name: 'Germany',
      currencies: ['EUR'],
      active: false,
    });
    await untilRead('countries/DE', { active: false });
    expectProblem(await admin('countries/DE/deactivate'), 409, 'COUNTRY_ALREADY_INACTIVE');
    expect((await admin('countries/de/activate').expect(200)).body).toMatchObject({ alpha2: 'DE', active: true });
    await untilRead('countries/DEU', { active: true });
    expectProblem(await admin('countries/DEU/activate'), 409, 'COUNTRY_ALREADY_ACTIVE');

    expect(await outboxOf('DE')).toEqual([
      { name: 'reference.country-deactivated', sequence: 1, payload: { code: 'DE' } },
      { name: 'reference.country-activated', sequence: 2, payload: { code: 'DE' } },
    ]);
  });

  it('answers 404 for unknown codes and 400 for malformed ones', async () => {
    expectProblem(await admin('currencies/ZZZ/deactivate'), 404, 'CURRENCY_NOT_FOUND');
    expectProblem(await admin('countries/ZZ/activate'), 404, 'COUNTRY_NOT_FOUND');
    expectProblem(await admin('countries/ZZZ/deactivate'), 404, 'COUNTRY_NOT_FOUND');
    const malformed = await admin('currencies/EURO/deactivate');
    expectProblem(malformed, 400, 'VALIDATION_FAILED');
    expect(malformed.body.errors).toEqual([{ field: 'code', message: 'code must be an ISO 4217 currency code' }]);
    expectProblem(await admin('countries/D1/deactivate'), 400, 'VALIDATION_FAILED');
  });

  it('keeps the admin routes from a plain user (403) and from callers without a token (401)', async () => {
    expectProblem(await http.post('/api/v1/reference/currencies/EUR/deactivate').set(customer.headers), 403, 'PERMISSION_DENIED');
    expectProblem(await http.post('/api/v1/reference/countries/DE/deactivate').set(customer.headers), 403, 'PERMISSION_DENIED');
    expectProblem(await http.post('/api/v1/reference/currencies/EUR/activate'), 401, 'UNAUTHENTICATED');
    await createOrder('EUR').expect(201);
  });

  // One store, one table per context: each context's own record must keep the rule on the real database.
  it.each([
    ['Ordering', OrderingModule],
    ['Billing', BillingModule],
  ])("applies %s's record of announcements by sequence on the real database (a late, older one changes nothing)", async (_, module) => {
    const store = t.app.select(module).get<UnavailableCurrencies>(UNAVAILABLE_CURRENCIES, { strict: true });
    const inTransaction = <T>(work: () => Promise<T>) => t.app.get(UnitOfWork).run(work);

    await inTransaction(() => store.markAvailable('NOK', 2));
    await inTransaction(() => store.markUnavailable('NOK', 1));
    expect(await store.isUnavailable('NOK')).toBe(false);

    await inTransaction(() => store.markUnavailable('NOK', 3));
    await inTransaction(() => store.markUnavailable('NOK', 3));
    expect(await store.isUnavailable('NOK')).toBe(true);
    await inTransaction(() => store.markAvailable('NOK', 2));
    expect(await store.isUnavailable('NOK')).toBe(true);
  });
});
