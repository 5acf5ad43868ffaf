import { Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { IEventHandler } from '@nestjs/cqrs';
import { AppConfig } from '@promenade/config';
import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { ClusterSchedule } from '@promenade/persistence';
import { DataSource } from 'typeorm';
import { Delivery, EventTransport } from './delivery';
import { EventHandler } from './event-handler.decorator';
import { EventRegistry } from './event-registry';
import { EventRoutes } from './event-routes';
import { OutboxRow } from './outbox-relay';
import { MessagingObserver, UNOBSERVED } from './messaging-observer';
import { Publications } from './publications';
import { owedDeliveries, RedeliverySweep, sortOut } from './redelivery-sweep';

class ParcelPacked extends DomainEvent<{ parcelId: string }> {
  static readonly eventName = 'packing.parcel-packed';
  static readonly eventVersion = 1;
  constructor(payload: { parcelId: string }, metadata?: Partial<EventMetadata>) {
    super(payload.parcelId, payload, metadata);
  }
}

class ParcelWeighed extends DomainEvent<{ parcelId: string }> {
  static readonly eventName = 'packing.parcel-weighed';
  static readonly eventVersion = 1;
  constructor(payload: { parcelId: string }, metadata?: Partial<EventMetadata>) {
    super(payload.parcelId, payload, metadata);
  }
}

const SHIP = 'shipping.ship-parcel-on-parcel-packed';
const BILL = 'billing.bill-parcel-on-parcel-packed';

@EventHandler(SHIP, ParcelPacked)
class ShipParcelOnParcelPacked implements IEventHandler<ParcelPacked> {
  handle(): void {}
}

@EventHandler(BILL, ParcelPacked)
class BillParcelOnParcelPacked implements IEventHandler<ParcelPacked> {
  handle(): void {}
}

class ShippingModule {}
class BillingModule {}

const discovery = {
  getProviders: () => [
    { metatype: ShipParcelOnParcelPacked, instance: new ShipParcelOnParcelPacked(), host: { metatype: ShippingModule } },
    { metatype: BillParcelOnParcelPacked, instance: new BillParcelOnParcelPacked(), host: { metatype: BillingModule } },
  ],
} as unknown as DiscoveryService;
const routes = new EventRoutes(
  discovery,
  new EventRegistry(),
  Object.assign(new AppConfig(), { EVENT_MAX_ATTEMPTS: 8 }),
  new Publications(discovery),
);
routes.onModuleInit();

const row = (id: string, envelope: DomainEvent, target: string | null = null): OutboxRow => ({
  id,
  target_handler: target,
  envelope: envelope.toJSON(),
});

describe('what the redelivery sweep finds missing', () => {
  const packed = new ParcelPacked({ parcelId: 'p-1' });
  const { eventId } = packed.metadata;

  it('owes one delivery per subscribing handler, under the ids the relay sent them with', () => {
    expect(owedDeliveries([row('7', packed)], routes).map(({ rowId, delivery }) => [rowId, delivery.id])).toEqual([
      ['7', `${eventId}@${SHIP}`],
      ['7', `${eventId}@${BILL}`],
    ]);
  });

  it('owes a replay only to its one handler, under the replay id the relay sent it with', () => {
    expect(owedDeliveries([row('9', packed, BILL)], routes).map(({ delivery }) => delivery.id)).toEqual([`${eventId}@${BILL}@replay-9`]);
  });

  it('confirms a row whose every handler is accounted for, and nothing is missing', () => {
    const rows = [row('7', packed)];
    expect(sortOut(rows, owedDeliveries(rows, routes), new Set([`7:${SHIP}`, `7:${BILL}`]))).toEqual({ confirmed: ['7'], missing: [] });
  });

  it('keeps a row unconfirmed while one of its handlers is unaccounted for, and names only that delivery', () => {
    const rows = [row('7', packed), row('8', new ParcelPacked({ parcelId: 'p-2' }))];
    const { confirmed, missing } = sortOut(rows, owedDeliveries(rows, routes), new Set([`7:${SHIP}`, `8:${SHIP}`, `8:${BILL}`]));
    expect(confirmed).toEqual(['8']);
    expect(missing.map(({ rowId, delivery }) => [rowId, delivery.id])).toEqual([['7', `${eventId}@${BILL}`]]);
  });

  it('confirms at once a row no handler subscribes to, and a replay aimed at a handler this service lacks', () => {
    const rows = [row('3', new ParcelWeighed({ parcelId: 'p-1' })), row('4', packed, 'archive.ArchiveOnParcelPacked')];
    expect(sortOut(rows, owedDeliveries(rows, routes), new Set())).toEqual({ confirmed: ['3', '4'], missing: [] });
  });
});

describe('what the redelivery sweep reports', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('reports to the messaging observer only the deliveries the transport queued again', async () => {
    const packed = new ParcelPacked({ parcelId: 'p-1' });
    // One sent row that no inbox row, dead letter or replay accounts for; every other query finds nothing.
    const unconfirmed = [{ ...row('7', packed), owed_since_text: '2026-01-01 00:00:00+00' }];
    const manager = { query: async (sql: string) => (sql.startsWith('SELECT o.id::text AS id,') ? unconfirmed : []) };
    const dataSource = { transaction: (work: (m: typeof manager) => Promise<unknown>) => work(manager) } as unknown as DataSource;
    // The transport still holds the billing delivery, so it queues only the shipping one again.
    const transport = { name: 'memory', redeliver: async (deliveries: Delivery[]) => deliveries.filter((d) => d.handlerId === SHIP) };
    const observer: MessagingObserver = { ...UNOBSERVED, redelivered: jest.fn() };
    const config = Object.assign(new AppConfig(), { OUTBOX_BATCH_SIZE: 10 });
    const sweep = new RedeliverySweep(dataSource, routes, transport as unknown as EventTransport, config, {} as ClusterSchedule, observer);

    const report = await sweep.sweep();

    expect(report.redelivered.map((d) => d.handlerId)).toEqual([SHIP]);
    expect(observer.redelivered).toHaveBeenCalledWith([expect.objectContaining({ id: `${packed.metadata.eventId}@${SHIP}` })]);
  });
});
