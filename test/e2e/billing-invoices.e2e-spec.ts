import { randomUUID } from 'node:crypto';
import { Money } from '@promenade/ddd';
import { UnitOfWork } from '@promenade/persistence';
import request from 'supertest';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../src/contexts/billing/domain/invoice/invoice.repository';
import { SignedIn, signUp } from '../support/auth';
import { pdfText } from '../support/pdf-text';
import { expectProblem } from '../support/problems';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';
const INVOICES = '/api/v1/billing/invoices';
const line = (amount = 1000, currency = 'EUR', taxRate = 2000, quantity = 2) => ({
  description: 'Consulting',
  quantity,
  unitPrice: { amount, currency },
  taxRate,
});

describe('Billing invoices through HTTP', () => {
  let t: TestApp;
  let alice: SignedIn;
  let bob: SignedIn;
  /** The accountant (system role `billing`): every invoice, invoices:write. */
  let accountant: ReturnType<typeof request.agent>;
  let asAlice: ReturnType<typeof request.agent>;
  let asBob: ReturnType<typeof request.agent>;

  beforeAll(async () => {
    t = await startTestApp({
      BILLING_SELLER_NAME: 'Promenade GmbH',
      BILLING_SELLER_ADDRESS: 'Hauptstr. 1; 10115 Berlin',
      BILLING_SELLER_TAX_ID: 'DE123456789',
    });
    alice = await signUp(t);
    bob = await signUp(t);
    accountant = request.agent(t.url).set((await signUp(t, { roles: ['billing'] })).headers);
    asAlice = request.agent(t.url).set(alice.headers);
    asBob = request.agent(t.url).set(bob.headers);
  });

  afterAll(() => t?.close());

  async function draftFor(customer: SignedIn, lines = [line()], currency = 'EUR'): Promise<string> {
    const { status, body } = await accountant.post(INVOICES).send({ customerId: customer.userId, currency, lines });
    expect(status).toBe(201);
    return body.id;
  }

  /** A captured payment, as the payment flow records it on the invoice (payments are another part's routes). */
  async function pay(invoiceId: string, minor: number): Promise<void> {
    const invoices = t.app.get<InvoiceRepository>(INVOICE_REPOSITORY);
    await t.app.get(UnitOfWork).run(async () => {
      const invoice = await invoices.getById(invoiceId);
      invoice.recordPayment(Money.of(minor, invoice.currency), new Date());
      await invoices.save(invoice);
    });
  }

  it('creates a draft, changes it, issues it with its number, renders its PDF and voids it', async () => {
    const created = await accountant
      .post(INVOICES)
      .send({ customerId: alice.userId, currency: 'EUR', lines: [line()], notes: 'Thank you' })
      .expect(201);
    expect(created.body).toMatchObject({
      kind: 'invoice',
      customerId: alice.userId,
      status: 'draft',
      number: null,
      subtotal: { amount: 2000, currency: 'EUR' },
      taxTotal: { amount: 400, currency: 'EUR' },
      total: { amount: 2400, currency: 'EUR' },
      openAmount: { amount: 0, currency: 'EUR' },
      version: 1,
    });
    const id = created.body.id;

    const changed = await accountant
      .patch(`${INVOICES}/${id}`)
      .send({ lines: [line(123456, 'EUR', 1900, 1), line(25, 'EUR', 1000, 1)], dueDate: '2026-12-31' })
      .expect(200);
    expect(changed.body.lines[1]).toMatchObject({ net: { amount: 25, currency: 'EUR' }, tax: { amount: 2, currency: 'EUR' } }); // 2.5 → 2
    expect(changed.body).toMatchObject({
      total: { amount: 146940, currency: 'EUR' },
      dueDate: '2026-12-31',
      notes: 'Thank you',
      version: 2,
    });

    const issued = await accountant.post(`${INVOICES}/${id}/issue`).expect(200);
    expect(issued.body).toMatchObject({ status: 'issued', openAmount: { amount: 146940, currency: 'EUR' } });
    expect(issued.body.number).toMatch(/^INV-\d{4}-\d{6}$/);
    await accountant.patch(`${INVOICES}/${id}`).send({ notes: 'late' }).expect(409);

    const pdf = await asAlice.get(`${INVOICES}/${id}/pdf`).buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.body as Buffer).join('\n');
    expect(text).toContain(issued.body.number);
    expect(text).toContain('Total: 1,469.40 EUR');
    expect(text).toContain('Promenade GmbH');
    expect(text).toContain('DE123456789');
    expect(text).toContain(alice.userId);
    const negotiated = await asAlice.get(`${INVOICES}/${id}`).set('Accept', 'application/pdf').buffer(true).parse(binary).expect(200);
    expect(negotiated.headers['content-type']).toBe('application/pdf');
    expect(pdfText(negotiated.body as Buffer).join('\n')).toContain(issued.body.number);

    const voided = await accountant.post(`${INVOICES}/${id}/void`).expect(200);
    expect(voided.body).toMatchObject({ status: 'void', openAmount: { amount: 0, currency: 'EUR' } });
    expectProblem(await accountant.post(`${INVOICES}/${id}/void`), 409, 'INVOICE_NOT_VOIDABLE');
  });

  /** POST /invoices/{id}/credit as the accountant, under a fresh Idempotency-Key (or the one given). */
  const credit = (id: string, key = randomUUID()) => accountant.post(`${INVOICES}/${id}/credit`).set('Idempotency-Key', key);

  it('issues an invoice whose total is zero as paid: no payment could ever fill it', async () => {
    const id = await draftFor(alice, [line(0)]);

    const issued = await accountant.post(`${INVOICES}/${id}/issue`).expect(200);

    expect(issued.body).toMatchObject({ status: 'paid', total: { amount: 0 }, amountPaid: { amount: 0 } });
    expect(issued.body.paidAt).toEqual(issued.body.issuedAt);
  });

  it('credits a paid invoice with a credit note, never beyond what was paid', async () => {
    const id = await draftFor(alice);
    const { body: issued } = await accountant.post(`${INVOICES}/${id}/issue`).expect(200);
    expectProblem(await credit(id).send({ reason: 'nothing paid' }), 422, 'INVOICE_AMOUNT_INVALID');
    await pay(id, 2400);
    const { body: paid } = await asAlice.get(`${INVOICES}/${id}`).expect(200);
    expect(paid).toMatchObject({ status: 'paid', amountPaid: { amount: 2400, currency: 'EUR' } });
    expectProblem(await accountant.post(`${INVOICES}/${id}/void`), 409, 'INVOICE_NOT_VOIDABLE');

    const note = await credit(id)
      .send({ amount: { amount: 900, currency: 'EUR' }, reason: 'Goods returned' })
      .expect(201);
    expect(note.body).toMatchObject({
      kind: 'credit_note',
      status: 'issued',
      creditedInvoiceId: id,
      customerId: alice.userId,
      total: { amount: 900, currency: 'EUR' },
      notes: 'Goods returned',
    });
    expect(note.body.number).toMatch(/^CN-\d{4}-\d{6}$/);
    expect((await asAlice.get(`${INVOICES}/${id}`).expect(200)).body.amountCredited).toEqual({ amount: 900, currency: 'EUR' });
    expectProblem(
      await credit(id).send({ amount: { amount: 1501, currency: 'EUR' }, reason: 'too much' }),
      422,
      'CREDIT_EXCEEDS_CREDITABLE',
    );
    expectProblem(await accountant.post(`${INVOICES}/${id}/credit`).send({ reason: 'no key' }), 400, 'VALIDATION_FAILED');
    const restKey = randomUUID();
    const rest = await credit(id, restKey).send({ reason: 'the rest' }).expect(201);
    const again = await credit(id, restKey).send({ reason: 'the rest' }).expect(201);
    expect([again.headers['idempotent-replayed'], again.body.id]).toEqual(['true', rest.body.id]);
    expect(rest.body.total).toEqual({ amount: 1500, currency: 'EUR' });
    const notePdf = await asAlice.get(`${INVOICES}/${note.body.id}/pdf`).buffer(true).parse(binary).expect(200);
    const text = pdfText(notePdf.body as Buffer).join('\n');
    expect(text).toContain('CREDIT NOTE');
    expect(text).toContain(note.body.number);
    expect(text).toContain(issued.number);

    const notes = await asAlice.get(`${INVOICES}?kind=credit_note`).expect(200);
    expect(notes.body.items.map((i: { id: string }) => i.id)).toEqual([rest.body.id, note.body.id]);
  });

  it("shows a customer their own invoices only: another's answers 404, listing it 403", async () => {
    const own = await draftFor(alice);
    const others = await draftFor(bob);

    await asAlice.get(`${INVOICES}/${own}`).expect(200);
    expectProblem(await asAlice.get(`${INVOICES}/${others}`), 404, 'INVOICE_NOT_FOUND');
    expectProblem(await asAlice.get(`${INVOICES}/${others}/pdf`), 404, 'INVOICE_NOT_FOUND');
    expectProblem(await asAlice.get(`${INVOICES}/${UNKNOWN}`), 404, 'INVOICE_NOT_FOUND');
    const listed = await asAlice.get(INVOICES).query({ limit: 100 }).expect(200);
    expect(listed.body.items.every((i: { customerId: string }) => i.customerId === alice.userId)).toBe(true);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(own);
    expectProblem(await asAlice.get(INVOICES).query({ customerId: bob.userId }), 403, 'PERMISSION_DENIED');
    const bobs = await accountant.get(INVOICES).query({ customerId: bob.userId }).expect(200);
    expect(bobs.body).toMatchObject({ page: 1, total: 1 });
    expect(bobs.body.items[0].id).toBe(others);
  });

  it('answers 401 without a token and 403 to a customer who writes', async () => {
    await request(t.url).get(INVOICES).expect(401);
    await request(t.url).post(INVOICES).send({}).expect(401);
    const id = await draftFor(alice);
    expectProblem(await asAlice.post(INVOICES).send({ customerId: alice.userId, currency: 'EUR', lines: [] }), 403, 'PERMISSION_DENIED');
    expectProblem(await asAlice.post(`${INVOICES}/${id}/issue`), 403, 'PERMISSION_DENIED');
    expectProblem(await asBob.patch(`${INVOICES}/${id}`).send({ notes: 'x' }), 403, 'PERMISSION_DENIED');
  });

  it('answers 400 for a malformed request and 409/422 for broken rules', async () => {
    expectProblem(await accountant.post(INVOICES).send({ customerId: 'nope', currency: 'EUR', lines: [] }), 400, 'VALIDATION_FAILED');
    expectProblem(
      await accountant.post(INVOICES).send({ customerId: alice.userId, currency: 'EUR', lines: [line(100, 'EUR', 10_001)] }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await accountant.get(`${INVOICES}/not-a-uuid`), 400, 'VALIDATION_FAILED');
    expectProblem(await accountant.patch(`${INVOICES}/${UNKNOWN}`).send({ lines: null }), 400, 'VALIDATION_FAILED');
    expectProblem(
      await accountant.post(INVOICES).send({ customerId: alice.userId, currency: 'EUR', lines: [line(100, 'USD')] }),
      422,
      'INVOICE_LINE_CURRENCY_MISMATCH',
    );
    expectProblem(
      await accountant.post(INVOICES).send({ customerId: alice.userId, currency: 'EUR', lines: [], dueDate: '2026-02-30' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await accountant.post(`${INVOICES}/${await draftFor(alice, [])}/issue`), 409, 'INVOICE_EMPTY');
    const reference = { customerId: alice.userId, currency: 'EUR', lines: [], sourceReference: `PO-${alice.userId}` };
    await accountant.post(INVOICES).send(reference).expect(201);
    expectProblem(await accountant.post(INVOICES).send(reference), 409, 'INVOICE_SOURCE_REFERENCE_TAKEN');
    // Billing's own namespaces: a client's text must never pass for an order's or a subscription period's invoice.
    for (const sourceReference of [`order:${UNKNOWN}`, `subscription:${UNKNOWN}:2026-01-01T00:00:00.000Z`]) {
      expectProblem(await accountant.post(INVOICES).send({ ...reference, sourceReference }), 400, 'VALIDATION_FAILED');
    }
  });

  it('refuses new invoices in a currency Reference withdrew, until it is accepted again', async () => {
    const superadmin = (await signUp(t, { roles: ['superadmin'] })).headers;
    await request(t.url).post('/api/v1/reference/currencies/CHF/deactivate').set(superadmin).expect(200);
    const create = () => accountant.post(INVOICES).send({ customerId: alice.userId, currency: 'CHF', lines: [line(100, 'CHF')] });
    await eventually(async () => ((await create()).status === 422 ? true : undefined), 10_000);
    expectProblem(await create(), 422, 'INVOICE_CURRENCY_UNAVAILABLE');

    await request(t.url).post('/api/v1/reference/currencies/CHF/activate').set(superadmin).expect(200);
    await eventually(async () => ((await create()).status === 201 ? true : undefined), 10_000);
  });
});

/** Collects a binary body as a Buffer (supertest parses only text types by default). */
function binary(response: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = response as unknown as NodeJS.ReadableStream; // supertest hands the raw response stream to a parser
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
