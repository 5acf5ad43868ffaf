import { AppConfig } from '@promenade/config';
import { DomainEvent } from '@promenade/ddd';
import {
  ParcelDelivered,
  CourierArrived,
  CourierDelayed,
  LabelPrinted,
  ParcelBooked,
  ParcelCollected,
  ParcelData,
  parcelDelivery,
  ParcelNoted,
} from '../testing/parcel-delivery.saga.fixture';
import { decideSaga, sagaLookup } from './decide-saga';
import { defineSaga, on } from './saga-definition';
import { SagaSnapshot } from './saga-snapshot';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const LATER = new Date('2026-03-01T10:05:00.000Z');
const parcelId = '0190a5b0-0000-7000-8000-000000000001';
const config = new AppConfig();

const started = () => decideSaga(parcelDelivery, null, new ParcelBooked({ parcelId, patienceMs: 60_000 }), NOW, config).snapshot!;

/** Frozen all the way down: deciding must not change the saga it was given. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('decideSaga', () => {
  it('starts a saga at version 1 under its starting key, as a row would hold it', () => {
    const decision = decideSaga(parcelDelivery, null, new ParcelBooked({ parcelId, patienceMs: 60_000 }), NOW, config);
    expect(decision).toMatchObject({ ignored: false, outcome: 'started', keys: [`parcel:${parcelId}`], reason: 'started in collecting' });
    expect(decision.snapshot).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      type: 'parcels.parcel-delivery',
      correlationKey: `parcel:${parcelId}`,
      state: 'collecting',
      data: { parcelId, patienceMs: 60_000, labelId: null, notes: [] },
      completedSteps: [],
      history: [expect.objectContaining({ from: null, to: 'collecting' })],
      timeout: null,
      version: 1,
      startedAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      endedAt: null,
    });
    expect(decision.timeoutEvent).toBeUndefined();
  });

  it("sends its messages as its own: keyed by the saga, so the receivers' aggregates keep their sequences", () => {
    const decision = decideSaga(parcelDelivery, null, new ParcelBooked({ parcelId, patienceMs: 60_000 }), NOW, config);
    expect(decision.messages).toHaveLength(1);
    expect(decision.messages[0].metadata.aggregateId).toBe(decision.snapshot!.id);
    expect(decision.messages[0].payload).toEqual({ parcelId });
  });

  it('leaves the saga it is given untouched and answers the next version, with the keys it associated', () => {
    const labelling = decideSaga(parcelDelivery, started(), new ParcelCollected({ parcelId }), NOW, config).snapshot!;
    const before = deepFreeze(structuredClone(labelling));
    const decision = decideSaga(parcelDelivery, before, new LabelPrinted({ parcelId, labelId: 'L-9' }), LATER, config);
    expect(decision.keys).toEqual(['label:L-9']);
    expect(decision.snapshot).toMatchObject({
      version: 3,
      state: 'awaiting_courier',
      updatedAt: LATER.toISOString(),
      startedAt: NOW.toISOString(),
    });
    expect(decision.snapshot!.data).toEqual({ ...labelling.data, labelId: 'L-9' });
    expect(before).toEqual(labelling);
  });

  it('stores data as JSON keeps it: a Date becomes its ISO text, in the harness as in the table', () => {
    const dated = defineSaga<{ at: unknown }, 'open' | 'closed'>({
      type: 'parcels.dated',
      terminal: ['closed'],
      starts: on(ParcelBooked, { key: (e) => e.payload.parcelId, state: 'open', data: () => ({ at: NOW }) }),
    });
    expect(decideSaga(dated, null, new ParcelBooked({ parcelId, patienceMs: 1 }), NOW, config).snapshot!.data).toEqual({
      at: NOW.toISOString(),
    });
  });

  it('answers too-early, not ignored, for an event in a state its reaction names as early: the runner fails it for a retry', () => {
    const twoStep = defineSaga<{ parcelId: string }, 'booked' | 'collected' | 'delivered'>({
      type: 'parcels.two-step',
      terminal: ['delivered'],
      starts: on(ParcelBooked, { key: (e) => e.payload.parcelId, state: 'booked', data: (e) => ({ parcelId: e.payload.parcelId }) }),
      reactions: [
        on(ParcelCollected, { key: (e) => e.payload.parcelId, in: ['booked'], then: (saga) => saga.moveTo('collected') }),
        on(ParcelDelivered, {
          key: (e) => e.payload.parcelId,
          in: ['collected'],
          early: ['booked'],
          then: (saga) => saga.moveTo('delivered'),
        }),
      ],
    });
    const booked = decideSaga(twoStep, null, new ParcelBooked({ parcelId, patienceMs: 1 }), NOW, config).snapshot!;
    expect(decideSaga(twoStep, booked, new ParcelDelivered({ parcelId }), NOW, config)).toMatchObject({
      ignored: true,
      outcome: 'too-early',
    });
    const delivered = decideSaga(twoStep, booked, new ParcelDelivered({ parcelId }), NOW, config);
    expect(delivered.snapshot).toBe(booked);
    const collected = decideSaga(twoStep, booked, new ParcelCollected({ parcelId }), NOW, config).snapshot!;
    expect(decideSaga(twoStep, collected, new ParcelDelivered({ parcelId }), NOW, config).snapshot!.state).toBe('delivered');
  });

  it('looks a timeout up by its saga id, and any other event by the keys of its reactions (or its start)', () => {
    expect(sagaLookup(parcelDelivery, new CourierArrived({ labelId: 'L-1' }))).toEqual({ by: 'keys', keys: ['label:L-1'] });
    expect(sagaLookup(parcelDelivery, new LabelPrinted({ parcelId, labelId: 'L-1' }))).toEqual({
      by: 'keys',
      keys: [`parcel:${parcelId}`],
    });
    expect(sagaLookup(parcelDelivery, new ParcelBooked({ parcelId, patienceMs: 1 }))).toEqual({ by: 'keys', keys: [`parcel:${parcelId}`] });
    const due = new parcelDelivery.timeoutEvent({ sagaId: 'saga-1', state: 'awaiting_courier', dueAt: NOW.toISOString() });
    expect(sagaLookup(parcelDelivery, due)).toEqual({ by: 'id', id: 'saga-1' });
  });

  it('refuses an event the saga does not take: its handler was declared with other events than definition.handles', () => {
    class Stray extends DomainEvent<{ id: string }> {
      static readonly eventName = 'parcels.stray';
      static readonly eventVersion = 1;
      constructor(payload: { id: string }) {
        super(payload.id, payload);
      }
    }
    expect(() => decideSaga(parcelDelivery, started(), new Stray({ id: '1' }), NOW, config)).toThrow(
      'saga parcels.parcel-delivery does not take parcels.stray v1',
    );
  });

  describe('timeouts', () => {
    const waiting = (): SagaSnapshot<ParcelData> => {
      const labelling = decideSaga(parcelDelivery, started(), new ParcelCollected({ parcelId }), NOW, config).snapshot!;
      return decideSaga(parcelDelivery, labelling, new LabelPrinted({ parcelId, labelId: 'L-1' }), NOW, config).snapshot!;
    };
    const due = (saga: SagaSnapshot<ParcelData>, dueAt = saga.timeout!.dueAt, state = 'awaiting_courier') =>
      new parcelDelivery.timeoutEvent({ sagaId: saga.id, state, dueAt });

    it('schedules nothing new when the step stays in its state, and keeps the pending timeout', () => {
      const saga = waiting();
      const decision = decideSaga(parcelDelivery, saga, new ParcelNoted({ parcelId, note: 'n' }), LATER, config);
      expect(decision.timeoutEvent).toBeUndefined();
      expect(decision.snapshot!.timeout).toEqual(saga.timeout);
    });

    it('schedules a new one, due from now, when the step enters the state again', () => {
      const decision = decideSaga(parcelDelivery, waiting(), new CourierDelayed({ labelId: 'L-1' }), LATER, config);
      const dueAt = new Date(LATER.getTime() + 60_000).toISOString();
      expect(decision.snapshot!.timeout).toEqual({ state: 'awaiting_courier', dueAt });
      expect(decision.timeoutEvent?.metadata.deliverAt).toBe(dueAt);
    });

    it('fires only the timeout the saga waits for: another due time, another state, or an unknown saga does nothing', () => {
      const saga = waiting();
      expect(decideSaga(parcelDelivery, saga, due(saga, LATER.toISOString()), LATER, config)).toMatchObject({
        ignored: true,
        outcome: 'stale-timeout',
      });
      expect(decideSaga(parcelDelivery, saga, due(saga, undefined, 'labelling'), LATER, config)).toMatchObject({
        ignored: true,
        outcome: 'stale-timeout',
      });
      expect(decideSaga(parcelDelivery, null, due(saga), LATER, config)).toMatchObject({
        ignored: true,
        outcome: 'no-saga',
        snapshot: null,
      });
      expect(decideSaga(parcelDelivery, saga, due(saga), LATER, config)).toMatchObject({ ignored: false, outcome: 'timed-out' });
    });

    it('reads the settings where a timeout length depends on them', () => {
      const configured = defineSaga<object, 'open' | 'closed'>({
        type: 'parcels.configured',
        terminal: ['closed'],
        starts: on(ParcelBooked, { key: (e) => e.payload.parcelId, state: 'open', data: () => ({}) }),
        timeouts: {
          open: { afterMs: (_data, settings) => settings.OUTBOX_RETENTION_HOURS * 3_600_000, then: (saga) => saga.moveTo('closed') },
        },
      });
      const settings = Object.assign(new AppConfig(), { OUTBOX_RETENTION_HOURS: 2 });
      const decision = decideSaga(configured, null, new ParcelBooked({ parcelId, patienceMs: 1 }), NOW, settings);
      expect(decision.snapshot!.timeout).toEqual({ state: 'open', dueAt: '2026-03-01T12:00:00.000Z' });
    });

    it('refuses a timeout length that is not a number of ms', () => {
      const broken = defineSaga<object, 'open' | 'closed'>({
        type: 'parcels.broken',
        terminal: ['closed'],
        starts: on(ParcelBooked, { key: (e) => e.payload.parcelId, state: 'open', data: () => ({}) }),
        timeouts: { open: { afterMs: () => Number.NaN, then: (saga) => saga.moveTo('closed') } },
      });
      expect(() => decideSaga(broken, null, new ParcelBooked({ parcelId, patienceMs: 1 }), NOW, config)).toThrow(
        'the open timeout must be a number of ms',
      );
    });
  });
});
