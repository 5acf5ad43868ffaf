import {
  CourierArrived,
  CourierDelayed,
  LabelPrinted,
  ParcelBooked,
  ParcelCancelled,
  ParcelCollected,
  parcelDelivery,
  ParcelDelivered,
  ParcelNoted,
} from '../testing/parcel-delivery.saga.fixture';
import { defineSaga, on } from './saga-definition';

type State = 'open' | 'closed';
const starts = on<ParcelBooked, object, State, never>(ParcelBooked, { key: (e) => e.payload.parcelId, state: 'open', data: () => ({}) });

describe('defineSaga', () => {
  it("derives context and schema from the type, and lists what its handler takes: start, each reaction's event once, timeout", () => {
    expect({ context: parcelDelivery.context, schema: parcelDelivery.schema }).toEqual({ context: 'parcels', schema: 'parcels' });
    expect(parcelDelivery.handles).toEqual([
      ParcelBooked,
      ParcelCollected,
      LabelPrinted,
      CourierArrived,
      CourierDelayed,
      ParcelDelivered,
      ParcelCancelled,
      ParcelNoted,
      parcelDelivery.timeoutEvent,
    ]);
    expect(defineSaga<object, State>({ type: 'customer-care.case-follow-up', terminal: ['closed'], starts }).schema).toBe('customer_care');
  });

  it('makes a timeout event class per saga type: <type>-timeout-due v1, about its saga', () => {
    const { timeoutEvent } = parcelDelivery;
    expect({ name: timeoutEvent.name, eventName: timeoutEvent.eventName, eventVersion: timeoutEvent.eventVersion }).toEqual({
      name: 'ParcelsParcelDeliveryTimeoutDue',
      eventName: 'parcels.parcel-delivery-timeout-due',
      eventVersion: 1,
    });
    const due = new timeoutEvent({ sagaId: 'saga-1', state: 'awaiting_courier', dueAt: '2026-01-01T00:00:00.000Z' });
    expect(due.metadata.aggregateId).toBe('saga-1');
    expect(defineSaga<object, State>({ type: 'parcels.other', terminal: ['closed'], starts }).timeoutEvent).not.toBe(timeoutEvent);
  });

  it('refuses a type that does not read <context>.<name>', () => {
    for (const type of ['parcels', 'Parcels.delivery', 'parcels.parcel_delivery', 'parcels.a.b', '1parcels.delivery']) {
      expect(() => defineSaga<object, State>({ type, terminal: ['closed'], starts })).toThrow(
        `saga type "${type}" must read <context>.<name>`,
      );
    }
  });

  it('refuses triggers with two meanings: the start event as a reaction, or two reactions to one event in one state', () => {
    const closes = (states: State[]) =>
      on<ParcelNoted, object, State, never>(ParcelNoted, { key: (e) => e.payload.parcelId, in: states, then: () => undefined });
    expect(() =>
      defineSaga<object, State>({
        type: 'parcels.twice',
        terminal: ['closed'],
        starts,
        reactions: [on(ParcelBooked, { key: (e) => e.payload.parcelId, in: ['open'], then: () => undefined })],
      }),
    ).toThrow('parcels.parcel-booked v1 starts it, so it cannot also be a reaction');
    expect(() =>
      defineSaga<object, State>({
        type: 'parcels.twice',
        terminal: ['closed'],
        starts,
        reactions: [closes(['open']), closes(['closed', 'open'])],
      }),
    ).toThrow('two reactions to parcels.parcel-noted v1 in open');
    expect(() =>
      defineSaga<object, State>({ type: 'parcels.split', terminal: ['closed'], starts, reactions: [closes(['open']), closes(['closed'])] }),
    ).not.toThrow();
  });

  it('refuses a timeout on a terminal state: the saga has ended there', () => {
    expect(() =>
      defineSaga<object, State>({
        type: 'parcels.late',
        terminal: ['closed'],
        starts,
        timeouts: { closed: { afterMs: 1, then: () => undefined } },
      }),
    ).toThrow('terminal state(s) closed cannot have a timeout');
  });
});
