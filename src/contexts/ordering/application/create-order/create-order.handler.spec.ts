import { InMemoryUnavailableCurrencies, InvalidCurrency } from '@promenade/ddd';
import { CurrencyUnavailable, OrderLineCurrencyMismatch, OrderLineDuplicate, OrderLineInvalid } from '../../domain/order/order.errors';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { CreateOrder, NewOrderLine } from './create-order.command';
import { CreateOrderHandler } from './create-order.handler';

const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const line = (sku: string, quantity = 1, amount = 1000, currency = 'EUR'): NewOrderLine => ({
  sku,
  quantity,
  unitPrice: { amount, currency },
});

describe('CreateOrderHandler', () => {
  let orders: InMemoryOrderRepository;
  let unavailableCurrencies: InMemoryUnavailableCurrencies;
  let handler: CreateOrderHandler;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    unavailableCurrencies = new InMemoryUnavailableCurrencies();
    handler = new CreateOrderHandler(orders, unavailableCurrencies);
  });

  async function storedCount(): Promise<number> {
    return (await orders.findPage({}, 0, 100)).total;
  }

  it('opens a draft order with the requested lines and answers its id', async () => {
    const id = await handler.execute(new CreateOrder(CUSTOMER, 'EUR', [line('SKU-1', 2, 1250), line('SKU-2', 1, 499)]));

    const order = await orders.getById(id);
    expect(order.id).toBe(id);
    expect(order).toMatchObject({ customerId: CUSTOMER, status: 'draft', version: 1, placedAt: null, cancelledAt: null });
    expect(order.currency.code).toBe('EUR');
    expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPrice.amount, l.unitPrice.currency.code])).toEqual([
      ['SKU-1', 2, 1250, 'EUR'],
      ['SKU-2', 1, 499, 'EUR'],
    ]);
    expect(order.total.amount).toBe(2 * 1250 + 499);
  });

  it('opens an empty draft when no lines are requested', async () => {
    const id = await handler.execute(new CreateOrder(CUSTOMER, 'JPY', []));

    const order = await orders.getById(id);
    expect(order.status).toBe('draft');
    expect(order.lines).toHaveLength(0);
    expect(order.total.amount).toBe(0);
  });

  it('raises no event for a new draft', async () => {
    await handler.execute(new CreateOrder(CUSTOMER, 'EUR', [line('SKU-1')]));

    expect(orders.published).toEqual([]);
  });

  it('gives every new order its own id', async () => {
    const first = await handler.execute(new CreateOrder(CUSTOMER, 'EUR', []));
    const second = await handler.execute(new CreateOrder(CUSTOMER, 'EUR', []));

    expect(second).not.toBe(first);
    expect(await storedCount()).toBe(2);
  });

  it('refuses an unknown currency with CURRENCY_INVALID and stores nothing', async () => {
    const attempt = handler.execute(new CreateOrder(CUSTOMER, 'EURO', []));

    await expect(attempt).rejects.toBeInstanceOf(InvalidCurrency);
    await expect(attempt).rejects.toMatchObject({ code: 'CURRENCY_INVALID' });
    expect(await storedCount()).toBe(0);
  });

  it('refuses a line priced in another currency with ORDER_LINE_CURRENCY_MISMATCH and stores nothing', async () => {
    const attempt = handler.execute(new CreateOrder(CUSTOMER, 'EUR', [line('SKU-1'), line('SKU-2', 1, 1000, 'USD')]));

    await expect(attempt).rejects.toBeInstanceOf(OrderLineCurrencyMismatch);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_LINE_CURRENCY_MISMATCH' });
    expect(await storedCount()).toBe(0);
  });

  it('refuses two lines for the same SKU with ORDER_LINE_DUPLICATE', async () => {
    const attempt = handler.execute(new CreateOrder(CUSTOMER, 'EUR', [line('SKU-1'), line('SKU-1', 3)]));

    await expect(attempt).rejects.toBeInstanceOf(OrderLineDuplicate);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_LINE_DUPLICATE' });
    expect(await storedCount()).toBe(0);
  });

  it.each([
    ['a zero quantity', line('SKU-1', 0)],
    ['a negative unit price', line('SKU-1', 1, -1)],
    ['a malformed SKU', line('not a sku')],
  ])('refuses a line with %s with ORDER_LINE_INVALID', async (_case, invalid) => {
    const attempt = handler.execute(new CreateOrder(CUSTOMER, 'EUR', [invalid]));

    await expect(attempt).rejects.toBeInstanceOf(OrderLineInvalid);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_LINE_INVALID' });
    expect(await storedCount()).toBe(0);
  });

  it('refuses a currency Reference withdrew with CURRENCY_UNAVAILABLE and stores nothing', async () => {
    await unavailableCurrencies.markUnavailable('EUR', 1);

    const attempt = handler.execute(new CreateOrder(CUSTOMER, 'EUR', [line('SKU-1')]));

    await expect(attempt).rejects.toBeInstanceOf(CurrencyUnavailable);
    await expect(attempt).rejects.toMatchObject({ code: 'CURRENCY_UNAVAILABLE', kind: 'invalid' });
    expect(await storedCount()).toBe(0);
  });

  it('still opens orders in the other currencies while one is withdrawn', async () => {
    await unavailableCurrencies.markUnavailable('EUR', 1);

    const id = await handler.execute(new CreateOrder(CUSTOMER, 'USD', [line('SKU-1', 1, 1000, 'USD')]));

    expect((await orders.getById(id)).currency.code).toBe('USD');
  });

  it('opens orders in a currency again once Reference made it available again', async () => {
    await unavailableCurrencies.markUnavailable('EUR', 1);
    await unavailableCurrencies.markAvailable('EUR', 2);

    const id = await handler.execute(new CreateOrder(CUSTOMER, 'EUR', []));

    expect((await orders.getById(id)).currency.code).toBe('EUR');
  });
});
