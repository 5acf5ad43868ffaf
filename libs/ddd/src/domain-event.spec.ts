import { DomainEvent, EventMetadata } from './domain-event';

class HoldExpired extends DomainEvent<{ holdId: string }> {
  static readonly eventName = 'test.hold-expired';
  static readonly eventVersion = 1;
  constructor(payload: { holdId: string }, metadata?: Partial<EventMetadata>) {
    super(payload.holdId, payload, metadata);
  }
}

describe('DomainEvent scheduled for later', () => {
  it('carries the due time it was raised with onto the wire', () => {
    const event = new HoldExpired({ holdId: 'h-1' }, { deliverAt: '2030-01-01T10:15:00.000Z' });
    expect(event.metadata.deliverAt).toBe('2030-01-01T10:15:00.000Z');
    expect(JSON.parse(JSON.stringify(event))).toMatchObject({ aggregateId: 'h-1', deliverAt: '2030-01-01T10:15:00.000Z' });
  });

  it('has no due time at all when raised without one, so ordinary envelopes keep their shape', () => {
    const event = new HoldExpired({ holdId: 'h-1' }, { correlationId: 'req-1' });
    expect(Object.keys(event.metadata)).toEqual(['eventId', 'occurredAt', 'aggregateId', 'sequence', 'correlationId']);
    expect(Object.keys(event.toJSON())).not.toContain('deliverAt');
  });

  it('refuses a due time that is not a time', () => {
    expect(() => new HoldExpired({ holdId: 'h-1' }, { deliverAt: 'in ten minutes' })).toThrow(
      'deliverAt must be an ISO time, got "in ten minutes"',
    );
  });
});
