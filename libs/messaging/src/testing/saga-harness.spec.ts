import { SagaHarness } from './saga-harness';
import {
  CollectParcelMessage,
  CourierArrived,
  CourierDelayed,
  LabelPrinted,
  ParcelBooked,
  ParcelCancelled,
  ParcelCollected,
  parcelDelivery,
  ParcelDelivered,
  ParcelNoted,
  PrintLabelMessage,
  ReturnParcelMessage,
  VoidLabelMessage,
} from './parcel-delivery.saga.fixture';

const START = '2026-03-01T10:00:00.000Z';
const PATIENCE = 30 * 60_000;
const parcelId = '0190a5b0-0000-7000-8000-000000000001';
const at = (ms: number) => new Date(Date.parse(START) + ms);
const names = (messages: Array<{ eventName: string }>) => messages.map((message) => message.eventName);

const booked = (id = parcelId) => new ParcelBooked({ parcelId: id, patienceMs: PATIENCE });
const collected = () => new ParcelCollected({ parcelId });
const printed = (labelId = 'L-1') => new LabelPrinted({ parcelId, labelId });

/** A saga through booking, collection and label printing: waiting for the courier, both steps done. */
const awaitingCourier = () => SagaHarness.of(parcelDelivery, { now: START }).receive(booked()).receive(collected()).receive(printed());

describe('SagaHarness (on the saga decision function)', () => {
  describe('start', () => {
    it('starts a saga in its first state, with its data, under its key, and sends what the start sends', () => {
      const saga = SagaHarness.of(parcelDelivery, { now: START }).receive(booked());
      expect(saga.state).toBe('collecting');
      expect(saga.data).toEqual({ parcelId, patienceMs: PATIENCE, labelId: null, notes: [] });
      expect(saga.keys).toEqual([`parcel:${parcelId}`]);
      // Sent as the saga's own: numbered under the saga's id, its payload naming the parcel.
      const expected = new CollectParcelMessage({ parcelId }, { eventId: saga.sent[0].metadata.eventId, occurredAt: expect.any(String) });
      expected.stamp({ aggregateId: saga.snapshot!.id });
      expect(saga.sent).toEqual([expected]);
      expect(saga.ignored).toBe(false);
      expect(saga.timeout).toBeNull();
      expect(saga.ended).toBe(false);
      expect(saga.history).toEqual([
        {
          at: START,
          trigger: 'parcels.parcel-booked',
          eventId: expect.any(String),
          from: null,
          to: 'collecting',
          sent: ['parcels.collect-parcel'],
        },
      ]);
    });

    it('ignores a second start for a key that already has a saga: a duplicate, nothing sent, nothing changed', () => {
      const saga = SagaHarness.of(parcelDelivery, { now: START }).receive(booked());
      const before = saga.snapshot;
      saga.receive(booked());
      expect(saga.ignored).toBe(true);
      expect(saga.sent).toEqual([]);
      expect(saga.decisions.map(({ outcome }) => outcome)).toEqual(['duplicate-start']);
      expect(saga.snapshot).toBe(before);
    });

    it('has no saga before its start, and follows one saga only', () => {
      const saga = SagaHarness.of(parcelDelivery, { now: START });
      expect(saga.snapshot).toBeNull();
      expect(() => saga.state).toThrow('no parcels.parcel-delivery saga has started');
      saga.receive(booked());
      expect(() => saga.receive(booked('0190a5b0-0000-7000-8000-000000000002'))).toThrow('the harness follows one saga');
    });
  });

  describe('ignored events', () => {
    it('ignores an event its state does not list, and keeps everything as it was', () => {
      const saga = SagaHarness.of(parcelDelivery, { now: START }).receive(booked());
      const before = saga.snapshot;
      saga.receive(new ParcelDelivered({ parcelId }));
      expect({ ignored: saga.ignored, sent: saga.sent, state: saga.state }).toEqual({ ignored: true, sent: [], state: 'collecting' });
      expect(saga.decisions[0]).toMatchObject({
        outcome: 'not-in-state',
        reason: expect.stringContaining('parcels.parcel-delivered applies to saga parcels.parcel-delivery'),
      });
      expect(saga.snapshot).toBe(before);
    });

    it('ignores an event whose key no saga has (before the start, or another parcel, or a label never printed)', () => {
      const saga = SagaHarness.of(parcelDelivery, { now: START }).receive(collected());
      expect(saga.ignored).toBe(true);
      expect(saga.decisions[0].outcome).toBe('no-saga');
      saga.receive(booked()).receive(new ParcelCollected({ parcelId: '0190a5b0-0000-7000-8000-00000000000f' }));
      expect(saga.decisions[0]).toMatchObject({
        outcome: 'no-saga',
        reason: expect.stringContaining('parcel:0190a5b0-0000-7000-8000-00000000000f'),
      });
      saga.receive(new CourierArrived({ labelId: 'L-unknown' }));
      expect(saga.decisions[0]).toMatchObject({ ignored: true, outcome: 'no-saga' });
      expect(saga.state).toBe('collecting');
    });
  });

  describe('reactions', () => {
    it('moves on, records each transition with what it sent, and merges data', () => {
      const saga = SagaHarness.of(parcelDelivery, { now: START }).receive(booked()).receive(collected());
      expect(saga.state).toBe('labelling');
      expect(names(saga.sent)).toEqual([PrintLabelMessage.eventName]);
      expect(saga.completedSteps).toEqual(['pickup']);
      saga.receive(new ParcelNoted({ parcelId, note: 'fragile' })).receive(new ParcelNoted({ parcelId, note: 'heavy' }));
      expect(saga.data.notes).toEqual(['fragile', 'heavy']);
      expect(saga.history.map(({ trigger, from, to, sent }) => ({ trigger, from, to, sent }))).toEqual([
        { trigger: 'parcels.parcel-booked', from: null, to: 'collecting', sent: ['parcels.collect-parcel'] },
        { trigger: 'parcels.parcel-collected', from: 'collecting', to: 'labelling', sent: ['parcels.print-label'] },
        { trigger: 'parcels.parcel-noted', from: 'labelling', to: 'labelling', sent: [] },
        { trigger: 'parcels.parcel-noted', from: 'labelling', to: 'labelling', sent: [] },
      ]);
    });

    it('finds the saga by a key it associated', () => {
      const saga = awaitingCourier();
      expect(saga.keys).toEqual([`parcel:${parcelId}`, 'label:L-1']);
      saga.receive(new CourierArrived({ labelId: 'L-1' }));
      expect(saga.state).toBe('in_transit');
    });
  });

  describe('compensation', () => {
    it('sends the compensations of the completed steps newest first, then forgets them', () => {
      const saga = awaitingCourier();
      expect(saga.completedSteps).toEqual(['pickup', 'label']);
      saga.receive(new ParcelCancelled({ parcelId }));
      expect(saga.sent.map((message) => [message.eventName, message.payload])).toEqual([
        [VoidLabelMessage.eventName, { parcelId, labelId: 'L-1' }],
        [ReturnParcelMessage.eventName, { parcelId }],
      ]);
      expect(saga.completedSteps).toEqual([]);
      expect(saga.state).toBe('cancelled');
    });

    it('no longer compensates a forgotten step', () => {
      const saga = awaitingCourier().receive(new CourierArrived({ labelId: 'L-1' }));
      expect(saga.completedSteps).toEqual(['label']);
      saga.receive(new ParcelCancelled({ parcelId }));
      expect(names(saga.sent)).toEqual([VoidLabelMessage.eventName]);
    });
  });

  describe('timeouts', () => {
    it("schedules the state's timeout on entering it, as an event due then, and fires it when the clock gets there", () => {
      const saga = awaitingCourier();
      expect(saga.timeout).toEqual({ state: 'awaiting_courier', dueAt: at(PATIENCE) });
      const { timeoutEvent } = saga.decisions[0];
      expect(timeoutEvent?.eventName).toBe('parcels.parcel-delivery-timeout-due');
      expect(timeoutEvent?.payload).toEqual({ sagaId: saga.snapshot!.id, state: 'awaiting_courier', dueAt: at(PATIENCE).toISOString() });
      expect(timeoutEvent?.metadata.deliverAt).toBe(at(PATIENCE).toISOString());

      saga.advanceTo(at(PATIENCE - 1));
      expect({ state: saga.state, delivered: saga.decisions.length }).toEqual({ state: 'awaiting_courier', delivered: 0 });
      saga.fireTimeout();
      expect(saga.state).toBe('cancelled');
      expect(saga.now).toEqual(at(PATIENCE));
      expect(names(saga.sent)).toEqual([VoidLabelMessage.eventName, ReturnParcelMessage.eventName]);
      expect(saga.history.at(-1)).toMatchObject({
        at: at(PATIENCE).toISOString(),
        trigger: 'timeout',
        from: 'awaiting_courier',
        to: 'cancelled',
      });
      expect(saga.timeout).toBeNull();
      expect(() => saga.fireTimeout()).toThrow('no pending timeout');
    });

    it('replaces the timeout when the state is entered again; the first one, still delivered, does nothing', () => {
      const saga = awaitingCourier().advanceTo(at(PATIENCE / 2));
      saga.receive(new CourierDelayed({ labelId: 'L-1' }));
      expect(saga.timeout).toEqual({ state: 'awaiting_courier', dueAt: at(PATIENCE / 2 + PATIENCE) });

      saga.advanceTo(at(PATIENCE));
      expect(saga.decisions.map(({ outcome }) => outcome)).toEqual(['stale-timeout']);
      expect(saga.ignored).toBe(true);
      expect(saga.state).toBe('awaiting_courier');

      saga.fireTimeout();
      expect(saga.decisions.map(({ outcome }) => outcome)).toEqual(['timed-out']);
      expect(saga.state).toBe('cancelled');
    });

    it('does nothing when a timeout is delivered after the saga left its state', () => {
      const saga = awaitingCourier().receive(new CourierArrived({ labelId: 'L-1' }));
      expect(saga.timeout).toBeNull();
      const history = saga.history;
      saga.advanceTo(at(2 * PATIENCE));
      expect(saga.decisions).toEqual([
        expect.objectContaining({ ignored: true, outcome: 'stale-timeout', reason: expect.stringContaining('no longer applies') }),
      ]);
      expect({ state: saga.state, history: saga.history }).toEqual({ state: 'in_transit', history });
    });

    it('never moves its clock back', () => {
      const saga = awaitingCourier().advanceTo(at(1000));
      expect(() => saga.advanceTo(at(0))).toThrow('cannot go back');
    });
  });

  describe('terminal states', () => {
    it('ends the saga in a terminal state; a late event is still handled where a reaction lists that state, others are ignored', () => {
      const saga = SagaHarness.of(parcelDelivery, { now: START }).receive(booked()).receive(collected());
      saga.receive(new ParcelCancelled({ parcelId }));
      expect({ state: saga.state, ended: saga.ended, sent: names(saga.sent) }).toEqual({
        state: 'cancelled',
        ended: true,
        sent: [ReturnParcelMessage.eventName],
      });
      expect(saga.snapshot!.endedAt).toBe(START);

      saga.receive(printed('L-late'));
      expect({ ignored: saga.ignored, state: saga.state, ended: saga.ended }).toEqual({ ignored: false, state: 'cancelled', ended: true });
      expect(saga.sent.map((message) => message.payload)).toEqual([{ parcelId, labelId: 'L-late' }]);

      saga.receive(new ParcelNoted({ parcelId, note: 'too late' }));
      expect(saga.decisions[0]).toMatchObject({ ignored: true, outcome: 'not-in-state' });
    });

    it('ends once: the delivered state is terminal and takes nothing more', () => {
      const saga = awaitingCourier()
        .receive(new CourierArrived({ labelId: 'L-1' }))
        .receive(new ParcelDelivered({ parcelId }));
      expect({ state: saga.state, ended: saga.ended, timeout: saga.timeout }).toEqual({ state: 'delivered', ended: true, timeout: null });
      saga.receive(new ParcelCancelled({ parcelId }));
      expect(saga.ignored).toBe(true);
      expect(saga.state).toBe('delivered');
    });
  });
});
