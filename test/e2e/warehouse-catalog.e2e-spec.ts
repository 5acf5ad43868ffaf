import request from 'supertest';
import { SignedIn, signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { startTestApp, TestApp } from '../support/test-app';

const PRODUCTS = '/api/v1/warehouse/products';
const WAREHOUSES = '/api/v1/warehouse/warehouses';

const keyboard = (sku: string, more: object = {}) => ({
  sku,
  name: 'Mechanical keyboard',
  description: 'Tenkeyless, brown switches',
  unit: 'each',
  barcode: '4006381333931',
  ...more,
});

const boryspil = (code: string, more: object = {}) => ({
  code,
  name: 'Kyiv Boryspil',
  address: { line1: 'Kyivskyi Shliakh 2', city: 'Boryspil', postalCode: '08300', country: 'ua' },
  timeZone: 'europe/kiev',
  ...more,
});

describe('Warehouse: the product catalog and the warehouses through HTTP', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof request>;
  let admin: SignedIn;
  let clerk: SignedIn;
  let customer: SignedIn;

  beforeAll(async () => {
    testApp = await startTestApp();
    http = request(testApp.url);
    [admin, clerk, customer] = await Promise.all([
      signUp(testApp, { roles: ['admin'] }),
      signUp(testApp, { roles: ['warehouse'] }),
      signUp(testApp, { roles: ['user'] }),
    ]);
  });

  afterAll(() => testApp?.close());

  async function createProduct(body: object): Promise<any> {
    const response = await http.post(PRODUCTS).set(admin.headers).send(body);
    expect(response.status).toBe(201);
    return response.body;
  }

  describe('products', () => {
    it('creates a product under its upper-cased SKU and reads it back by the SKU in any case', async () => {
      const created = await createProduct(keyboard(' kb-001 ', { description: undefined }));

      expect(created).toEqual({
        sku: 'KB-001',
        id: expect.any(String),
        name: 'Mechanical keyboard',
        description: null,
        unit: 'each',
        barcode: '4006381333931',
        status: 'active',
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect((await http.get(`${PRODUCTS}/kb-001`).set(clerk.headers).expect(200)).body).toEqual(created);
    });

    it('refuses a SKU taken in another case with 409 SKU_TAKEN', async () => {
      await createProduct(keyboard('DUP-1'));

      expectProblem(await http.post(PRODUCTS).set(admin.headers).send(keyboard('dup-1')), 409, 'SKU_TAKEN');
    });

    it.each([
      ['a barcode with a wrong check digit', { barcode: '4006381333932' }, 422, 'GTIN_INVALID'],
      ['a barcode of 10 digits', { barcode: '1234567890' }, 422, 'GTIN_INVALID'],
      ['a SKU with a space', { sku: 'KB 1' }, 422, 'SKU_INVALID'],
      ['a blank name', { name: ' ' }, 422, 'PRODUCT_DETAILS_INVALID'],
      ['an unknown unit', { unit: 'box' }, 400, 'VALIDATION_FAILED'],
      ['a barcode sent as a number', { barcode: 4006381333931 }, 400, 'VALIDATION_FAILED'],
    ])('refuses %s and stores nothing', async (_case, change, status, code) => {
      expectProblem(await http.post(PRODUCTS).set(admin.headers).send(keyboard('BAD-1', change)), status, code);
      expectProblem(await http.get(`${PRODUCTS}/BAD-1`).set(admin.headers), 404, 'PRODUCT_NOT_FOUND');
    });

    it('changes some fields with PATCH and refuses the SKU, the unit or a null name with 400', async () => {
      await createProduct(keyboard('PATCH-1'));

      const { body } = await http.patch(`${PRODUCTS}/patch-1`).set(admin.headers).send({ name: 'Keyboard TKL', barcode: null }).expect(200);

      expect(body).toMatchObject({
        sku: 'PATCH-1',
        name: 'Keyboard TKL',
        barcode: null,
        description: 'Tenkeyless, brown switches',
        version: 2,
      });
      expectProblem(await http.patch(`${PRODUCTS}/PATCH-1`).set(admin.headers).send({ unit: 'kg' }), 400, 'VALIDATION_FAILED');
      expectProblem(await http.patch(`${PRODUCTS}/PATCH-1`).set(admin.headers).send({ name: null }), 400, 'VALIDATION_FAILED');
      expectProblem(await http.patch(`${PRODUCTS}/NOPE-1`).set(admin.headers).send({ name: 'X' }), 404, 'PRODUCT_NOT_FOUND');
    });

    it('discontinues a product once, then refuses to again with 409 PRODUCT_DISCONTINUED', async () => {
      await createProduct(keyboard('OLD-1'));

      const { body } = await http.post(`${PRODUCTS}/old-1/discontinue`).set(admin.headers).expect(200);

      expect(body).toMatchObject({ sku: 'OLD-1', status: 'discontinued', version: 2 });
      expectProblem(await http.post(`${PRODUCTS}/OLD-1/discontinue`).set(admin.headers), 409, 'PRODUCT_DISCONTINUED');
    });

    it('soft-deletes a product without stock: then not found, and its SKU is not reused', async () => {
      await createProduct(keyboard('GONE-1'));

      await http.delete(`${PRODUCTS}/gone-1`).set(admin.headers).expect(204);

      expectProblem(await http.get(`${PRODUCTS}/GONE-1`).set(admin.headers), 404, 'PRODUCT_NOT_FOUND');
      expectProblem(await http.delete(`${PRODUCTS}/GONE-1`).set(admin.headers), 404, 'PRODUCT_NOT_FOUND');
      expectProblem(await http.post(PRODUCTS).set(admin.headers).send(keyboard('GONE-1')), 409, 'SKU_TAKEN');
    });

    it('lists a page of products by SKU, filtered by status and by part of the SKU or name', async () => {
      await createProduct(keyboard('LIST-B', { name: 'Wireless mouse' }));
      await createProduct(keyboard('LIST-A', { name: 'USB cable' }));
      await createProduct(keyboard('LIST-C', { name: 'Wireless headset' }));
      await http.post(`${PRODUCTS}/LIST-C/discontinue`).set(admin.headers).expect(200);

      const page = await http.get(`${PRODUCTS}?search=list-&limit=2`).set(clerk.headers).expect(200);
      expect(page.body).toMatchObject({ page: 1, limit: 2, total: 3 });
      expect(page.body.items.map((p: any) => p.sku)).toEqual(['LIST-A', 'LIST-B']);

      const wireless = await http.get(`${PRODUCTS}?search=WIRELESS&status=active`).set(clerk.headers).expect(200);
      expect(wireless.body.items.map((p: any) => p.sku)).toEqual(['LIST-B']);
      expectProblem(await http.get(`${PRODUCTS}?status=gone`).set(clerk.headers), 400, 'VALIDATION_FAILED');
    });

    it('answers 400 to a path that cannot be a SKU', async () => {
      expectProblem(await http.get(`${PRODUCTS}/${'X'.repeat(65)}`).set(admin.headers), 400, 'VALIDATION_FAILED');
    });
  });

  describe('warehouses', () => {
    async function createWarehouse(body: object): Promise<any> {
      const response = await http.post(WAREHOUSES).set(admin.headers).send(body);
      expect(response.status).toBe(201);
      return response.body;
    }

    it('creates a warehouse under its upper-cased code, with the country upper-cased and the time zone under its canonical name', async () => {
      const created = await createWarehouse(boryspil('kbp-1'));

      expect(created).toEqual({
        code: 'KBP-1',
        id: expect.any(String),
        name: 'Kyiv Boryspil',
        address: { line1: 'Kyivskyi Shliakh 2', line2: null, city: 'Boryspil', postalCode: '08300', region: null, country: 'UA' },
        timeZone: 'Europe/Kyiv',
        status: 'active',
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect((await http.get(`${WAREHOUSES}/kbp-1`).set(clerk.headers).expect(200)).body).toEqual(created);
      expectProblem(await http.post(WAREHOUSES).set(admin.headers).send(boryspil('KBP-1')), 409, 'WAREHOUSE_CODE_TAKEN');
    });

    it.each([
      ['an unknown country', { address: { line1: 'a', city: 'b', postalCode: 'c', country: 'XX' } }, 422, 'WAREHOUSE_DETAILS_INVALID'],
      ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 422, 'WAREHOUSE_DETAILS_INVALID'],
      ['a code with an underscore', { code: 'KBP_2' }, 422, 'WAREHOUSE_CODE_INVALID'],
      ['an address without a city', { address: { line1: 'a', postalCode: 'c', country: 'UA' } }, 400, 'VALIDATION_FAILED'],
    ])('refuses %s', async (_case, change, status, code) => {
      expectProblem(await http.post(WAREHOUSES).set(admin.headers).send(boryspil('BAD-1', change)), status, code);
    });

    it('changes the name and the whole address with PATCH', async () => {
      await createWarehouse(boryspil('LWO-1'));
      const address = { line1: 'Horodotska 1', line2: 'Gate 3', city: 'Lviv', postalCode: '79000', region: null, country: 'UA' };

      const { body } = await http.patch(`${WAREHOUSES}/lwo-1`).set(admin.headers).send({ name: 'Lviv', address }).expect(200);

      expect(body).toMatchObject({ code: 'LWO-1', name: 'Lviv', address, timeZone: 'Europe/Kyiv', version: 2 });
      expectProblem(await http.patch(`${WAREHOUSES}/LWO-1`).set(admin.headers).send({ timeZone: null }), 400, 'VALIDATION_FAILED');
      expectProblem(await http.patch(`${WAREHOUSES}/NOPE-1`).set(admin.headers).send({ name: 'X' }), 404, 'WAREHOUSE_NOT_FOUND');
    });

    it('deactivates and activates a warehouse, refusing each twice with 409', async () => {
      await createWarehouse(boryspil('ODS-1'));

      expect((await http.post(`${WAREHOUSES}/ods-1/deactivate`).set(admin.headers).expect(200)).body).toMatchObject({ status: 'inactive' });
      expectProblem(await http.post(`${WAREHOUSES}/ODS-1/deactivate`).set(admin.headers), 409, 'WAREHOUSE_INACTIVE');
      const inactive = await http.get(`${WAREHOUSES}?status=inactive`).set(clerk.headers).expect(200);
      expect(inactive.body.items.map((w: any) => w.code)).toEqual(['ODS-1']);

      expect((await http.post(`${WAREHOUSES}/ODS-1/activate`).set(admin.headers).expect(200)).body).toMatchObject({
        status: 'active',
        version: 3,
      });
      expectProblem(await http.post(`${WAREHOUSES}/ODS-1/activate`).set(admin.headers), 409, 'WAREHOUSE_ALREADY_ACTIVE');
    });

    it('lists a page of warehouses by code', async () => {
      const page = await http.get(`${WAREHOUSES}?limit=1&page=2`).set(clerk.headers).expect(200);

      expect(page.body).toMatchObject({ page: 2, limit: 1, total: 3, items: [{ code: 'LWO-1' }] });
    });
  });

  describe('who may call', () => {
    it('answers 401 without a token', async () => {
      expectProblem(await http.get(PRODUCTS), 401, 'UNAUTHENTICATED');
      expectProblem(await http.post(WAREHOUSES).send(boryspil('X-1')), 401, 'UNAUTHENTICATED');
    });

    it('lets a stock clerk read the catalog and the warehouses but not change them (403)', async () => {
      await http.get(PRODUCTS).set(clerk.headers).expect(200);
      expectProblem(await http.post(PRODUCTS).set(clerk.headers).send(keyboard('CLERK-1')), 403, 'PERMISSION_DENIED');
      expectProblem(await http.post(`${WAREHOUSES}/KBP-1/deactivate`).set(clerk.headers), 403, 'PERMISSION_DENIED');
    });

    it('keeps customers out of the warehouse (403)', async () => {
      expectProblem(await http.get(PRODUCTS).set(customer.headers), 403, 'PERMISSION_DENIED');
      expectProblem(await http.get(`${WAREHOUSES}/KBP-1`).set(customer.headers), 403, 'PERMISSION_DENIED');
    });
  });
});
