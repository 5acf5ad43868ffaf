import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConcurrencyConflict, DomainEvent } from '@promenade/ddd';
import { configureHttpApp, createHttpAdapter } from '@promenade/http';
import { createSagaTables, EventHandler, SagaHandler, SagaRunner, SagaSnapshot } from '@promenade/messaging';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EventConsumer } from '../../libs/messaging/src/event-consumer';
import { SagaStore } from '../../libs/messaging/src/sagas/saga-store';
import {
  CourierArrived,
  LabelPrinted,
  ParcelBooked,
  ParcelCollected,
  ParcelData,
  parcelDelivery,
  ParcelNoted,
  ParcelState,
  ParcelStep,
} from '../../libs/messaging/src/testing/parcel-delivery.saga.fixture';
import { AppModule } from '../../src/app.module';
import { SignedIn, signUp } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { eventually, TEST_JWT_SECRET } from '../support/test-app';

const HANDLER = 'parcels.parcel-delivery-saga';

@EventHandler(HANDLER, ...parcelDelivery.handles)
class ParcelDeliverySaga extends SagaHandler<ParcelData, ParcelState, ParcelStep> {
  constructor(runner: SagaRunner) {
    super(parcelDelivery, runner);
  }
}

/** A fixture context, `parcels`: its saga's rows live in the `parcels` schema; its runner is MessagingModule's. */
@Module({ providers: [ParcelDeliverySaga] })
class ParcelsModule {}

@Module({ imports: [AppModule, ParcelsModule] })
class AppWithParcels {}

/** The fixture context's schema and saga tables, as its migration would make them. */
async function createParcelsTables(url: string): Promise<void> {
  const dataSource = await new DataSource({ type: 'postgres', url }).initialize();
  const queryRunner = dataSource.createQueryRunner();
  try {
    await queryRunner.query(`CREATE SCHEMA "parcels"`);
    await createSagaTables(queryRunner, 'parcels');
  } finally {
    await queryRunner.release();
    await dataSource.destroy();
  }
}

/**
 * Sagas on the real PostgreSQL: the whole service plus a `parcels` context that runs the fixture saga. Events reach
 * the saga through the EventConsumer (inbox and transaction as the transport runs them), timeouts through the outbox,
 * the relay and the memory transport's scheduled delivery.
 */
describe('sagas (real PostgreSQL)', () => {
  let database: FreshDatabase;
  let app: NestFastifyApplication;
  let url: string;
  let dataSource: DataSource;
  let consumer: EventConsumer;
  let admin: SignedIn;

  beforeAll(async () => {
    database = await createFreshDatabase();
    await createParcelsTables(database.url);
    const saved = { ...process.env };
    Object.assign(process.env, {
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: '8',
      MIGRATIONS_RUN: 'auto',
      JWT_SECRET: TEST_JWT_SECRET,
      OUTBOX_POLL_MS: '100',
      EVENT_BACKOFF_MS: '50',
      RATE_LIMIT_REGISTER_PER_MINUTE: '1000',
      RATE_LIMIT_LOGIN_PER_MINUTE: '1000',
    });
    try {
      app = await NestFactory.create<NestFastifyApplication>(AppWithParcels, createHttpAdapter(), { logger: false, bodyParser: false });
      configureHttpApp(app, { title: 'sagas', description: 'sagas', version: '1', tags: {} });
      await app.listen(0, '127.0.0.1');
    } finally {
      process.env = saved;
    }
    url = await app.getUrl();
    dataSource = app.get(DataSource);
    consumer = app.get(EventConsumer);
    admin = await signUp({ url, app }, { roles: ['superadmin'] });
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  afterEach(() => jest.restoreAllMocks());

  const deliver = (event: DomainEvent) =>
    consumer.handle({
      id: `${event.metadata.eventId}@${HANDLER}`,
      context: 'parcels',
      handlerId: HANDLER,
      envelope: event.toJSON(),
      maxAttempts: 8,
    });
  const sagasOf = async (parcelId: string): Promise<Array<SagaSnapshot<ParcelData>>> => {
    const rows: Array<{ id: string }> = await dataSource.query(`SELECT saga_id AS id FROM parcels.saga_keys WHERE key = $1`, [
      `parcel:${parcelId}`,
    ]);
    const store = new SagaStore(dataSource.manager, 'parcels');
    return Promise.all(rows.map(async ({ id }) => (await store.find<ParcelData>(parcelDelivery.type, { by: 'id', id }))!));
  };
  const sagaOf = async (parcelId: string) => {
    const sagas = await sagasOf(parcelId);
    expect(sagas).toHaveLength(1);
    return sagas[0];
  };
  const handled = async (eventId: string): Promise<number> =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM messaging.inbox WHERE event_id = $1 AND handler = $2`, [eventId, HANDLER]))[0]
      .n;
  /** The outbox rows filed under an aggregate id: a saga's messages are filed under the saga's. */
  const outbox = async (aggregateId: string): Promise<string[]> =>
    (await dataSource.query(`SELECT event_name FROM messaging.outbox WHERE aggregate_id = $1 ORDER BY id`, [aggregateId])).map(
      (row: { event_name: string }) => row.event_name,
    );

  /** Holds the reads of the parcel's saga until two have read: both deliveries then decide on the same version. */
  function readTogether(parcelId: string): void {
    const find = SagaStore.prototype.find;
    let arrived = 0;
    let release: () => void = () => undefined;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    jest.spyOn(SagaStore.prototype, 'find').mockImplementation(async function (this: SagaStore, ...args: Parameters<SagaStore['find']>) {
      const found = await find.apply(this, args);
      const [, lookup] = args;
      if (lookup.by === 'keys' && lookup.keys.includes(`parcel:${parcelId}`)) {
        if (++arrived === 2) release();
        await bothRead;
      }
      return found as never;
    });
  }

  /** A saga waiting for its courier, with the given patience: its timeout is in the outbox, due then. */
  async function awaitingCourier(patienceMs: number): Promise<{ parcelId: string; saga: SagaSnapshot<ParcelData> }> {
    const parcelId = randomUUID();
    await deliver(new ParcelBooked({ parcelId, patienceMs }));
    await deliver(new ParcelCollected({ parcelId }));
    await deliver(new LabelPrinted({ parcelId, labelId: `L-${parcelId}` }));
    return { parcelId, saga: await sagaOf(parcelId) };
  }

  const timeoutEventOf = async (sagaId: string): Promise<string> =>
    (
      await dataSource.query(`SELECT event_id FROM messaging.outbox WHERE aggregate_id = $1 AND event_name = $2`, [
        sagaId,
        parcelDelivery.timeoutEvent.eventName,
      ])
    )[0].event_id;

  it('starts a saga in the delivery transaction: its row, its key and the message it sends, together', async () => {
    const parcelId = randomUUID();
    await deliver(new ParcelBooked({ parcelId, patienceMs: 60_000 }));
    const saga = await sagaOf(parcelId);
    expect(saga).toMatchObject({ state: 'collecting', version: 1, correlationKey: `parcel:${parcelId}`, data: { parcelId, notes: [] } });
    expect(await outbox((await sagaOf(parcelId)).id)).toEqual(['parcels.collect-parcel']);
    expect(await outbox(parcelId)).toEqual([]);
  });

  it('lets one of two events decided at once on the same version win; the other conflicts, and on retry applies on top', async () => {
    const parcelId = randomUUID();
    await deliver(new ParcelBooked({ parcelId, patienceMs: 60_000 }));
    const notes = [new ParcelNoted({ parcelId, note: 'fragile' }), new ParcelNoted({ parcelId, note: 'heavy' })];
    readTogether(parcelId);
    const results = await Promise.allSettled(notes.map(deliver));
    jest.restoreAllMocks();

    const lost = results.flatMap((result, index) => (result.status === 'rejected' ? [{ index, reason: result.reason as unknown }] : []));
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(ConcurrencyConflict);
    expect((await sagaOf(parcelId)).version).toBe(2);
    expect(await handled(notes[lost[0].index].metadata.eventId)).toBe(0); // its inbox row rolled back with it: the transport retries

    await deliver(notes[lost[0].index]);
    const saga = await sagaOf(parcelId);
    expect(saga.version).toBe(3);
    expect([...saga.data.notes].sort()).toEqual(['fragile', 'heavy']);
  });

  it('makes one saga of a start delivered twice at once, or sent twice: the second finds the first on retry and is a duplicate', async () => {
    const parcelId = randomUUID();
    const booked = new ParcelBooked({ parcelId, patienceMs: 60_000 });
    const rebooked = new ParcelBooked({ parcelId, patienceMs: 60_000 });
    readTogether(parcelId);
    const results = await Promise.allSettled([deliver(booked), deliver(rebooked)]);
    jest.restoreAllMocks();
    const lost = results.flatMap((result, index) => (result.status === 'rejected' ? [{ index, reason: result.reason as unknown }] : []));
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(ConcurrencyConflict);

    await deliver([booked, rebooked][lost[0].index]);
    await Promise.all([deliver(booked), deliver(booked)]); // the same delivery again: the inbox has it
    expect(await sagasOf(parcelId)).toHaveLength(1);
    expect((await sagaOf(parcelId)).history.map(({ trigger }) => trigger)).toEqual(['parcels.parcel-booked']);
    expect(await outbox((await sagaOf(parcelId)).id)).toEqual(['parcels.collect-parcel']);
    expect(await outbox(parcelId)).toEqual([]);
    expect([await handled(booked.metadata.eventId), await handled(rebooked.metadata.eventId)]).toEqual([1, 1]);
  });

  it('fires a timeout through the scheduled delivery once it is due, once', async () => {
    const { saga } = await awaitingCourier(1500);
    expect(saga.timeout).toEqual({ state: 'awaiting_courier', dueAt: expect.any(String) });
    const timeoutId = await timeoutEventOf(saga.id);
    const fired = await eventually(async () => {
      const now = await sagaOf(saga.data.parcelId);
      return now.state === 'cancelled' ? now : undefined;
    }, 30_000);
    expect(fired.history.filter(({ trigger }) => trigger === 'timeout')).toEqual([
      expect.objectContaining({
        eventId: timeoutId,
        from: 'awaiting_courier',
        to: 'cancelled',
        sent: ['parcels.void-label', 'parcels.return-parcel'],
      }),
    ]);
    expect(Date.parse(fired.history.at(-1)!.at)).toBeGreaterThanOrEqual(Date.parse(saga.timeout!.dueAt));
    expect(fired.timeout).toBeNull();
    expect(await handled(timeoutId)).toBe(1);
  });

  it('does nothing with a timeout delivered after the saga left its state', async () => {
    const { parcelId, saga } = await awaitingCourier(1500);
    await deliver(new CourierArrived({ labelId: `L-${parcelId}` }));
    const moved = await sagaOf(parcelId);
    expect(moved).toMatchObject({ state: 'in_transit', timeout: null });
    const timeoutId = await timeoutEventOf(saga.id);
    await eventually(async () => ((await handled(timeoutId)) === 1 ? true : undefined), 30_000);
    expect(await sagaOf(parcelId)).toEqual(moved);
  });

  describe('the admin routes', () => {
    const http = () => request(url);

    it('lists sagas newest first, filtered by type, state or any of their keys, and shows one with its history', async () => {
      const { parcelId, saga } = await awaitingCourier(60_000);
      const list = await http()
        .get('/api/v1/admin/sagas')
        .query({ type: parcelDelivery.type, state: 'awaiting_courier' })
        .set(admin.headers)
        .expect(200);
      expect(list.body.items[0]).toEqual({
        id: saga.id,
        type: parcelDelivery.type,
        state: 'awaiting_courier',
        correlationKey: `parcel:${parcelId}`,
        timeout: saga.timeout,
        startedAt: saga.startedAt,
        updatedAt: saga.updatedAt,
        endedAt: null,
      });
      const byLabel = await http()
        .get('/api/v1/admin/sagas')
        .query({ correlation: `label:L-${parcelId}` })
        .set(admin.headers)
        .expect(200);
      expect(byLabel.body).toMatchObject({ total: 1, page: 1, limit: 20, items: [{ id: saga.id }] });

      const detail = await http().get(`/api/v1/admin/sagas/${saga.id}`).set(admin.headers).expect(200);
      expect(detail.body).toMatchObject({
        id: saga.id,
        keys: [`parcel:${parcelId}`, `label:L-${parcelId}`],
        data: { parcelId, labelId: `L-${parcelId}` },
        completedSteps: ['pickup', 'label'],
        version: 3,
        timeout: saga.timeout,
      });
      expect(detail.body.history.map(({ from, to }: { from: string | null; to: string }) => [from, to])).toEqual([
        [null, 'collecting'],
        ['collecting', 'labelling'],
        ['labelling', 'awaiting_courier'],
      ]);
    });

    it('answers 404 for an unknown saga, and 400 for a malformed id or filter', async () => {
      const missing = await http().get(`/api/v1/admin/sagas/${randomUUID()}`).set(admin.headers).expect(404);
      expect(missing.body).toMatchObject({ code: 'SAGA_NOT_FOUND' });
      await http().get('/api/v1/admin/sagas/not-a-uuid').set(admin.headers).expect(400);
      const unknownType = await http().get('/api/v1/admin/sagas').query({ type: 'parcels.nothing' }).set(admin.headers).expect(400);
      expect(unknownType.body.errors).toEqual([{ field: 'type', message: expect.stringContaining(parcelDelivery.type) }]);
      for (const query of [{ state: 'Not A State' }, { correlation: 'has spaces' }, { limit: '0' }]) {
        await http().get('/api/v1/admin/sagas').query(query).set(admin.headers).expect(400);
      }
    });

    it('counts sagas per type and state in the events stats, and those stuck on a timeout long due', async () => {
      const { saga } = await awaitingCourier(60_000);
      const before = (await http().get('/api/v1/admin/events/stats').set(admin.headers).expect(200)).body.sagas;
      expect(before.byType[parcelDelivery.type].awaiting_courier).toBeGreaterThanOrEqual(1);
      await dataSource.query(`UPDATE parcels.sagas SET timeout_due_at = now() - interval '1 hour' WHERE id = $1`, [saga.id]);
      const after = (await http().get('/api/v1/admin/events/stats').set(admin.headers).expect(200)).body.sagas;
      expect(after.stuck).toBe(before.stuck + 1);
    });
  });
});
