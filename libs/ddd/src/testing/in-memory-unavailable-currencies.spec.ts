import { InMemoryUnavailableCurrencies } from './in-memory-unavailable-currencies';

/** The rule every context's record of withdrawn currencies keeps (the TypeORM store's upsert is checked end to end). */
describe('UnavailableCurrencies (in memory)', () => {
  let unavailable: InMemoryUnavailableCurrencies;

  beforeEach(() => {
    unavailable = new InMemoryUnavailableCurrencies();
  });

  it('refuses the withdrawn currency, and only that one', async () => {
    await unavailable.markUnavailable('EUR', 1);

    expect(await unavailable.isUnavailable('EUR')).toBe(true);
    expect(await unavailable.isUnavailable('USD')).toBe(false);
  });

  it('accepts a withdrawn currency again on a later announcement', async () => {
    await unavailable.markUnavailable('EUR', 1);
    await unavailable.markAvailable('EUR', 2);

    expect(await unavailable.isUnavailable('EUR')).toBe(false);
  });

  it('leaves the state as it is when the same announcement is applied again', async () => {
    await unavailable.markUnavailable('EUR', 1);
    await unavailable.markAvailable('EUR', 2);
    await unavailable.markAvailable('EUR', 2);
    await unavailable.markUnavailable('EUR', 1);

    expect(await unavailable.isUnavailable('EUR')).toBe(false);
  });

  it('ignores a withdrawal older than a reinstatement already applied (a late retry)', async () => {
    await unavailable.markAvailable('EUR', 2);
    await unavailable.markUnavailable('EUR', 1);

    expect(await unavailable.isUnavailable('EUR')).toBe(false);
  });

  it('ignores a reinstatement older than a withdrawal already applied (a late retry)', async () => {
    await unavailable.markUnavailable('EUR', 3);
    await unavailable.markAvailable('EUR', 2);

    expect(await unavailable.isUnavailable('EUR')).toBe(true);
  });

  /** withdraw (1) → reinstate (2) → withdraw (3), as the outbox numbered them. */
  const announcements = [
    (store: InMemoryUnavailableCurrencies) => store.markUnavailable('EUR', 1),
    (store: InMemoryUnavailableCurrencies) => store.markAvailable('EUR', 2),
    (store: InMemoryUnavailableCurrencies) => store.markUnavailable('EUR', 3),
  ];
  const permutations = <T>(items: T[]): T[][] =>
    items.length <= 1
      ? [items]
      : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

  it.each(permutations([0, 1, 2]))('ends refused after withdraw → reinstate → withdraw delivered in the order %p', async (...order) => {
    for (const index of order) await announcements[index](unavailable);

    expect(await unavailable.isUnavailable('EUR')).toBe(true);
  });
});
