import { sharedWhileRunning, within } from './scrape-reads';

describe('within', () => {
  afterEach(() => jest.useRealTimers());

  it('answers what the read answers in time', async () => {
    await expect(within(1_000, Promise.resolve(7))).resolves.toBe(7);
    await expect(within(1_000, Promise.reject(new Error('refused')))).rejects.toThrow('refused');
  });

  it('gives up on a read that does not answer in time', async () => {
    jest.useFakeTimers();
    const late = within(1_000, new Promise(() => undefined));
    const settled = expect(late).rejects.toThrow('no answer within 1000 ms');
    await jest.advanceTimersByTimeAsync(1_000);
    await settled;
  });
});

describe('sharedWhileRunning', () => {
  it('joins callers to the read in progress, and reads afresh once it settled', async () => {
    let reads = 0;
    const read = sharedWhileRunning(async () => ++reads);
    expect(await Promise.all([read(), read(), read()])).toEqual([1, 1, 1]);
    expect(await read()).toBe(2);
  });

  it('reads afresh after a failed read', async () => {
    let reads = 0;
    const read = sharedWhileRunning(async () => {
      if (++reads === 1) throw new Error('down');
      return reads;
    });
    await expect(read()).rejects.toThrow('down');
    expect(await read()).toBe(2);
  });
});
