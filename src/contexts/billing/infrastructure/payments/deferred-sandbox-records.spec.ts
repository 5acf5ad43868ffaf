import { Logger } from '@nestjs/common';
import { DeferredSandboxRecords } from './deferred-sandbox-records';
import { SandboxRecord } from './sandbox-records';
import { InMemorySandboxRecords } from './testing/in-memory-sandbox-records';

const charge = (idempotencyKey: string, status: 'succeeded' | 'requires_action' = 'succeeded'): SandboxRecord => ({
  kind: 'charge',
  idempotencyKey,
  token: 'pm_card_ok',
  outcome: { status, providerReference: `ch_${idempotencyKey}` },
});
const DUE = new Date('2026-01-01T00:00:00Z');

describe('DeferredSandboxRecords', () => {
  let store: InMemorySandboxRecords;
  let deferred: DeferredSandboxRecords;
  /** The embedded database's one session, held by the caller's transaction until released. */
  let release: () => void;

  beforeEach(async () => {
    store = new InMemorySandboxRecords();
    await store.keep(charge('before-start'));
    deferred = new DeferredSandboxRecords(store);
    await deferred.open();
    const held = new Promise<void>((resolve) => (release = resolve));
    for (const write of ['keep', 'confirm', 'retryWebhook', 'endWebhook'] as const) {
      const original = store[write].bind(store) as (...args: unknown[]) => Promise<unknown>;
      jest.spyOn(store, write).mockImplementation((...args: unknown[]) => held.then(() => original(...args)) as never);
    }
  });

  it('answers what was kept before it started, from memory', async () => {
    const find = jest.spyOn(store, 'find');
    await expect(deferred.find('charge', 'before-start')).resolves.toEqual(charge('before-start'));
    await expect(deferred.charged('ch_before-start')).resolves.toBe(true);
    await expect(deferred.charged('ch_never')).resolves.toBe(false);
    expect(find).not.toHaveBeenCalled();
  });

  it('answers a change at once, without waiting for the session, and writes it once the session is free, in order', async () => {
    await expect(deferred.keep(charge('new', 'requires_action'), DUE)).resolves.toEqual({
      record: charge('new', 'requires_action'),
      kept: true,
    });
    await expect(deferred.keep(charge('new'))).resolves.toEqual({ record: charge('new', 'requires_action'), kept: false });
    await deferred.confirm('new');
    await deferred.endWebhook('new', 'delivered');
    await expect(deferred.find('charge', 'new')).resolves.toMatchObject({ outcome: { status: 'succeeded' } });
    expect(store.entries.has('charge:new')).toBe(false);

    release();
    await deferred.close();

    expect(store.entries.get('charge:new')).toEqual({
      record: charge('new', 'succeeded'),
      webhook: { state: 'delivered', attempt: 1, dueAt: DUE },
    });
  });

  it('reads the pending webhooks after the changes before', async () => {
    await deferred.keep(charge('awaiting', 'requires_action'), DUE);
    const pending = deferred.pendingWebhooks();
    release();
    await expect(pending).resolves.toEqual([{ idempotencyKey: 'awaiting', providerReference: 'ch_awaiting', attempt: 1, dueAt: DUE }]);
  });

  it('logs a write that failed and goes on with the next', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    await deferred.confirm('never-charged');
    await deferred.keep(charge('after'));
    release();
    await deferred.close();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('no charge under never-charged'));
    expect(store.entries.has('charge:after')).toBe(true);
    logged.mockRestore();
  });
});
