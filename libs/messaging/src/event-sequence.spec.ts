import { sequenceOf } from './event-sequence';
import { ThingLost } from './publications/testing/things.fixtures';

describe('sequenceOf', () => {
  it("answers the event's place among its aggregate's events", () => {
    expect(sequenceOf(new ThingLost({ thingId: 't-1' }, { sequence: 4 }))).toBe(4);
  });

  it('fails an event stored without a sequence, naming it, so its delivery is retried and then dead-lettered', () => {
    const unstamped = new ThingLost({ thingId: 't-1' });

    expect(() => sequenceOf(unstamped)).toThrow(`things.thing-lost ${unstamped.metadata.eventId} has no sequence`);
  });
});
