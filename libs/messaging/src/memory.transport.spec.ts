import { Logger } from '@nestjs/common';
import { Attempt, Delivery, DeliveryProcessor, dueIn, retryDelay, UnrecoverableEventError } from './delivery';
import { MemoryTransport } from './memory.transport';

const delivery = (id: string, maxAttempts = 3, context = 'shipping'): Delivery => ({
  id,
  context,
  handlerId: `${context}.Handler`,
  maxAttempts,
  envelope: {
    name: 'test.happened',
    version: 1,
    eventId: id,
    occurredAt: '2026-01-01T00:00:00.000Z',
    aggregateId: 'a',
    sequence: 1,
    correlationId: null,
    payload: {},
  },
});

function recorder(behaviour: (d: Delivery, attempt: number) => Promise<void> = async () => undefined) {
  const attempts = new Map<string, number>();
  const handled: string[] = [];
  const dead: Array<{ id: string; attempts: number; error: string }> = [];
  let settle: () => void = () => undefined;
  const processor: DeliveryProcessor = {
    handle: async (d) => {
      const attempt = (attempts.get(d.id) ?? 0) + 1;
      attempts.set(d.id, attempt);
      await behaviour(d, attempt);
      handled.push(d.id);
      settle();
    },
    deadLetter: async (d, error, n) => {
      dead.push({ id: d.id, attempts: n, error: (error as Error).message });
      settle();
    },
  };
  const settled = (count: number) =>
    new Promise<void>((resolve) => {
      settle = () => handled.length + dead.length >= count && resolve();
      settle();
    });
  return { processor, attempts, handled, dead, settled };
}

describe('MemoryTransport', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  beforeEach(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  const transport = (concurrency = 4) => new MemoryTransport({ concurrency, backoffMs: 1, shutdownTimeoutMs: 1000 });

  it('awaits each handler and retries a failing one until it succeeds', async () => {
    const r = recorder(async (_d, attempt) => {
      if (attempt < 3) throw new Error(`fail ${attempt}`);
    });
    const t = transport();
    await t.start(['shipping'], r.processor);
    await t.send([delivery('e1')]);
    await r.settled(1);
    expect(r.attempts.get('e1')).toBe(3);
    expect(r.handled).toEqual(['e1']);
    expect(r.dead).toEqual([]);
  });

  it('tells the processor which attempt it makes, of how many', async () => {
    const told: Attempt[] = [];
    const r = recorder(async (_d, attempt) => {
      if (attempt < 3) throw new Error(`fail ${attempt}`);
    });
    const t = transport();
    await t.start(['shipping'], {
      ...r.processor,
      handle: (d, attempt) => {
        told.push(attempt);
        return r.processor.handle(d, attempt);
      },
    });
    await t.send([delivery('e1', 4)]);
    await r.settled(1);
    expect(told).toEqual([
      { number: 1, of: 4 },
      { number: 2, of: 4 },
      { number: 3, of: 4 },
    ]);
  });

  it('dead-letters a delivery after its last attempt', async () => {
    const r = recorder(async () => {
      throw new Error('always');
    });
    const t = transport();
    await t.start(['shipping'], r.processor);
    await t.send([delivery('e1', 4)]);
    await r.settled(1);
    expect(r.dead).toEqual([{ id: 'e1', attempts: 4, error: 'always' }]);
  });

  it('dead-letters an unrecoverable error at once', async () => {
    const r = recorder(async () => {
      throw new UnrecoverableEventError('bad payload');
    });
    const t = transport();
    await t.start(['shipping'], r.processor);
    await t.send([delivery('e1', 8)]);
    await r.settled(1);
    expect(r.dead).toEqual([{ id: 'e1', attempts: 1, error: 'bad payload' }]);
  });

  it('runs at most `concurrency` handlers of a context at once, and reports its depth', async () => {
    let running = 0;
    let peak = 0;
    const r = recorder(async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    });
    const t = transport(2);
    await t.start(['shipping'], r.processor);
    await t.send(Array.from({ length: 10 }, (_, i) => delivery(`e${i}`)));
    expect((await t.depth()).shipping).toBe(10);
    await r.settled(10);
    expect(peak).toBe(2);
    await new Promise((resolve) => setImmediate(resolve)); // the last attempt's bookkeeping runs after its handler
    expect((await t.depth()).shipping).toBe(0);
  });

  it('stop waits for running handlers, starts no retry, and hands back what it did not finish', async () => {
    let finished = false;
    const r = recorder(async (_d, attempt) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      finished = true;
      if (attempt === 1) throw new Error('retry me');
    });
    const t = transport(1);
    await t.start(['shipping'], r.processor);
    await t.send([delivery('e1'), delivery('e2')]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const unfinished = await t.stop();
    expect(finished).toBe(true);
    expect(unfinished.sort()).toEqual(['e1', 'e2']); // e1 failed and would have been retried; e2 never started
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(r.attempts.get('e1')).toBe(1);
    expect(r.attempts.has('e2')).toBe(false);
  });

  it('keeps a delivery whose dead letter could not be written, and writes it later', async () => {
    let deadLetterFailures = 1;
    const dead: string[] = [];
    const t = transport();
    await t.start(['shipping'], {
      handle: async () => {
        throw new Error('always');
      },
      deadLetter: async (d) => {
        if (deadLetterFailures-- > 0) throw new Error('database down');
        dead.push(d.id);
      },
    });
    await t.send([delivery('e1', 2)]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dead).toEqual(['e1']);
  });

  it('redelivers a delivery it no longer holds, and leaves alone one it still holds, as a known job id does', async () => {
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const r = recorder(async (d) => {
      if (d.id === 'held') await blocked;
    });
    const t = transport();
    await t.start(['shipping'], r.processor);
    await t.send([delivery('done'), delivery('held')]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(r.handled).toEqual(['done']);

    const again = await t.redeliver([delivery('done'), delivery('held'), delivery('lost')]);
    expect(again.map((d) => d.id)).toEqual(['done', 'lost']);
    release();
    await r.settled(4);
    expect(r.attempts).toEqual(
      new Map([
        ['done', 2],
        ['held', 1],
        ['lost', 1],
      ]),
    );
  });
});

describe('MemoryTransport, scheduled deliveries', () => {
  const NOW = Date.parse('2030-01-01T10:00:00.000Z');
  beforeEach(() => jest.useFakeTimers({ now: NOW }));
  afterEach(() => jest.useRealTimers());

  const transport = () => new MemoryTransport({ concurrency: 4, backoffMs: 1, shutdownTimeoutMs: 1000 });
  const dueAfter = (id: string, ms: number): Delivery => {
    const plain = delivery(id);
    return { ...plain, envelope: { ...plain.envelope, deliverAt: new Date(NOW + ms).toISOString() } };
  };

  it('runs a scheduled delivery once it is due and not before, counting it in its depth meanwhile', async () => {
    const r = recorder();
    const t = transport();
    await t.start(['shipping'], r.processor);
    await t.send([dueAfter('later', 1000), delivery('now')]);
    await jest.advanceTimersByTimeAsync(999);
    expect(r.handled).toEqual(['now']);
    expect((await t.depth()).shipping).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(r.handled).toEqual(['now', 'later']);
    expect((await t.depth()).shipping).toBe(0);
  });

  it('holds a delivery due beyond the longest timer Node keeps (about 24.8 days) until it is due', async () => {
    const r = recorder();
    const t = transport();
    await t.start(['shipping'], r.processor);
    const day = 24 * 60 * 60_000;
    await t.send([dueAfter('next-month', 30 * day)]);
    await jest.advanceTimersByTimeAsync(30 * day - 1);
    expect(r.handled).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(r.handled).toEqual(['next-month']);
  });

  it('runs at once a delivery whose due time has passed', async () => {
    const r = recorder();
    const t = transport();
    await t.start(['shipping'], r.processor);
    await t.send([dueAfter('overdue', -60_000)]);
    await jest.advanceTimersByTimeAsync(0);
    expect(r.handled).toEqual(['overdue']);
  });

  it('holds a scheduled delivery: a copy is dropped, and it runs once', async () => {
    const r = recorder();
    const t = transport();
    await t.start(['shipping'], r.processor);
    await t.send([dueAfter('later', 1000)]);
    expect(await t.redeliver([dueAfter('later', 1000)])).toEqual([]);
    await t.send([dueAfter('later', 1000)]);
    await jest.advanceTimersByTimeAsync(2000);
    expect(r.attempts.get('later')).toBe(1);
  });

  it('hands back at stop a delivery not yet due, and never runs it', async () => {
    const r = recorder();
    const t = transport();
    await t.start(['shipping'], r.processor);
    await t.send([dueAfter('later', 1000)]);
    expect(await t.stop()).toEqual(['later']);
    await jest.advanceTimersByTimeAsync(2000);
    expect(r.handled).toEqual([]);
  });
});

describe('dueIn', () => {
  const at = (deliverAt?: string): Delivery => ({ ...delivery('e1'), envelope: { ...delivery('e1').envelope, deliverAt } });
  const now = Date.parse('2030-01-01T10:00:00.000Z');

  it('holds a scheduled delivery for what remains until its due time, and nothing once it has passed', () => {
    expect(dueIn(at('2030-01-01T10:00:01.500Z'), now)).toBe(1500);
    expect(dueIn(at('2030-01-01T09:59:00.000Z'), now)).toBe(0);
  });

  it('holds an ordinary delivery not at all', () => {
    expect(dueIn(delivery('e1'), now)).toBe(0);
  });
});

describe('retryDelay', () => {
  it('doubles from the base delay, less up to 20% of jitter, as BullMQ does', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelay(attempt, 100, () => 0))).toEqual([100, 200, 400, 800]);
    expect(retryDelay(1, 1000, () => 1)).toBe(800);
    expect(retryDelay(2, 1000, () => 0.5)).toBe(1800);
  });
});
