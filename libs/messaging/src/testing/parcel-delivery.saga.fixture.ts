import { CommandMessage, DomainEvent, EventMetadata } from '@promenade/ddd';
import { defineSaga, on } from '../sagas/saga-definition';

// A small saga of a `parcels` context, with its events and messages, for the sagas' specs (unit and integration):
// booked → collecting → labelling → awaiting_courier (timeout: cancelled) → in_transit → delivered, or cancelled.

abstract class ParcelEvent<P extends { parcelId: string }> extends DomainEvent<P> {
  constructor(payload: P, metadata?: Partial<EventMetadata>) {
    super(payload.parcelId, payload, metadata);
  }
}

export class ParcelBooked extends ParcelEvent<{ parcelId: string; patienceMs: number }> {
  static readonly eventName = 'parcels.parcel-booked';
  static readonly eventVersion = 1;
}

export class ParcelCollected extends ParcelEvent<{ parcelId: string }> {
  static readonly eventName = 'parcels.parcel-collected';
  static readonly eventVersion = 1;
}

export class LabelPrinted extends ParcelEvent<{ parcelId: string; labelId: string }> {
  static readonly eventName = 'parcels.label-printed';
  static readonly eventVersion = 1;
}

/** Keyed by its label only: found through the key the saga associated when the label was printed. */
export class CourierArrived extends DomainEvent<{ labelId: string }> {
  static readonly eventName = 'parcels.courier-arrived';
  static readonly eventVersion = 1;
  constructor(payload: { labelId: string }, metadata?: Partial<EventMetadata>) {
    super(payload.labelId, payload, metadata);
  }
}

/** The courier will come later: the saga waits anew, from now. */
export class CourierDelayed extends DomainEvent<{ labelId: string }> {
  static readonly eventName = 'parcels.courier-delayed';
  static readonly eventVersion = 1;
  constructor(payload: { labelId: string }, metadata?: Partial<EventMetadata>) {
    super(payload.labelId, payload, metadata);
  }
}

export class ParcelDelivered extends ParcelEvent<{ parcelId: string }> {
  static readonly eventName = 'parcels.parcel-delivered';
  static readonly eventVersion = 1;
}

export class ParcelCancelled extends ParcelEvent<{ parcelId: string }> {
  static readonly eventName = 'parcels.parcel-cancelled';
  static readonly eventVersion = 1;
}

/** Changes only the data, in any state before the end: two at once race for the same saga version. */
export class ParcelNoted extends ParcelEvent<{ parcelId: string; note: string }> {
  static readonly eventName = 'parcels.parcel-noted';
  static readonly eventVersion = 1;
}

abstract class ParcelMessage<P extends { parcelId: string }> extends CommandMessage<P> {
  constructor(payload: P, metadata?: Partial<EventMetadata>) {
    super(payload.parcelId, payload, metadata);
  }
}

export class CollectParcelMessage extends ParcelMessage<{ parcelId: string }> {
  static readonly eventName = 'parcels.collect-parcel';
  static readonly eventVersion = 1;
}

export class PrintLabelMessage extends ParcelMessage<{ parcelId: string }> {
  static readonly eventName = 'parcels.print-label';
  static readonly eventVersion = 1;
}

export class ReturnParcelMessage extends ParcelMessage<{ parcelId: string }> {
  static readonly eventName = 'parcels.return-parcel';
  static readonly eventVersion = 1;
}

export class VoidLabelMessage extends ParcelMessage<{ parcelId: string; labelId: string }> {
  static readonly eventName = 'parcels.void-label';
  static readonly eventVersion = 1;
}

export interface ParcelData {
  parcelId: string;
  patienceMs: number;
  labelId: string | null;
  notes: string[];
}

export type ParcelState = 'collecting' | 'labelling' | 'awaiting_courier' | 'in_transit' | 'delivered' | 'cancelled';
export type ParcelStep = 'pickup' | 'label';

const byParcel = (event: { payload: { parcelId: string } }) => `parcel:${event.payload.parcelId}`;

export const parcelDelivery = defineSaga<ParcelData, ParcelState, ParcelStep>({
  type: 'parcels.parcel-delivery',
  terminal: ['delivered', 'cancelled'],
  starts: on(ParcelBooked, {
    key: byParcel,
    state: 'collecting',
    data: ({ payload }) => ({ parcelId: payload.parcelId, patienceMs: payload.patienceMs, labelId: null, notes: [] }),
    then: (saga) => saga.send(new CollectParcelMessage({ parcelId: saga.data.parcelId })),
  }),
  reactions: [
    on(ParcelCollected, {
      key: byParcel,
      in: ['collecting'],
      then: (saga) => {
        saga.completed('pickup');
        saga.send(new PrintLabelMessage({ parcelId: saga.data.parcelId }));
        saga.moveTo('labelling');
      },
    }),
    on(LabelPrinted, {
      key: byParcel,
      in: ['labelling'],
      then: (saga, { payload }) => {
        saga.associate(`label:${payload.labelId}`);
        saga.set({ labelId: payload.labelId });
        saga.completed('label');
        saga.moveTo('awaiting_courier');
      },
    }),
    // Printed after the parcel was cancelled: the label is voided, the saga stays ended.
    on(LabelPrinted, {
      key: byParcel,
      in: ['cancelled'],
      then: (saga, { payload }) => saga.send(new VoidLabelMessage({ parcelId: saga.data.parcelId, labelId: payload.labelId })),
    }),
    on(CourierArrived, {
      key: ({ payload }) => `label:${payload.labelId}`,
      in: ['awaiting_courier'],
      // The courier has the parcel: nothing to return any more, but an unused label is still voided on cancel.
      then: (saga) => {
        saga.forget('pickup');
        saga.moveTo('in_transit');
      },
    }),
    on(CourierDelayed, {
      key: ({ payload }) => `label:${payload.labelId}`,
      in: ['awaiting_courier'],
      then: (saga) => saga.moveTo('awaiting_courier'),
    }),
    on(ParcelDelivered, { key: byParcel, in: ['in_transit'], then: (saga) => saga.moveTo('delivered') }),
    on(ParcelCancelled, {
      key: byParcel,
      in: ['collecting', 'labelling', 'awaiting_courier', 'in_transit'],
      then: (saga) => {
        saga.compensate();
        saga.moveTo('cancelled');
      },
    }),
    on(ParcelNoted, {
      key: byParcel,
      in: ['collecting', 'labelling', 'awaiting_courier', 'in_transit'],
      then: (saga, { payload }) => saga.set({ notes: [...saga.data.notes, payload.note] }),
    }),
  ],
  timeouts: {
    awaiting_courier: {
      afterMs: (data) => data.patienceMs,
      then: (saga) => {
        saga.compensate();
        saga.moveTo('cancelled');
      },
    },
  },
  compensations: {
    pickup: (data) => [new ReturnParcelMessage({ parcelId: data.parcelId })],
    label: (data) => [new VoidLabelMessage({ parcelId: data.parcelId, labelId: data.labelId! })],
  },
});
