import { secondsUntilOffsetsMayChange, UNKNOWN_UTC_OFFSET, utcOffsetAt } from './utc-offset';

describe('utcOffsetAt', () => {
  it('follows daylight saving time: Berlin is +01:00 in January and +02:00 in July', () => {
    expect(utcOffsetAt('Europe/Berlin', new Date('2026-01-15T12:00:00Z'))).toEqual({ utcOffset: '+01:00', utcOffsetMinutes: 60 });
    expect(utcOffsetAt('Europe/Berlin', new Date('2026-07-15T12:00:00Z'))).toEqual({ utcOffset: '+02:00', utcOffsetMinutes: 120 });
  });

  it('changes at the switch itself: Berlin moves to summer time at 01:00 UTC on the last Sunday of March', () => {
    expect(utcOffsetAt('Europe/Berlin', new Date('2026-03-29T00:59:59Z')).utcOffset).toBe('+01:00');
    expect(utcOffsetAt('Europe/Berlin', new Date('2026-03-29T01:00:00Z')).utcOffset).toBe('+02:00');
  });

  it('handles the southern hemisphere, half and quarter hours, and negative offsets', () => {
    expect(utcOffsetAt('Australia/Sydney', new Date('2026-01-15T00:00:00Z')).utcOffset).toBe('+11:00');
    expect(utcOffsetAt('Australia/Sydney', new Date('2026-07-15T00:00:00Z')).utcOffset).toBe('+10:00');
    expect(utcOffsetAt('Asia/Kolkata', new Date('2026-07-15T00:00:00Z'))).toEqual({ utcOffset: '+05:30', utcOffsetMinutes: 330 });
    expect(utcOffsetAt('Asia/Kathmandu', new Date('2026-07-15T00:00:00Z')).utcOffset).toBe('+05:45');
    expect(utcOffsetAt('America/St_Johns', new Date('2026-01-15T00:00:00Z'))).toEqual({ utcOffset: '-03:30', utcOffsetMinutes: -210 });
  });

  it('answers +00:00 for UTC and for London in winter', () => {
    expect(utcOffsetAt('Etc/UTC', new Date('2026-07-15T00:00:00Z'))).toEqual({ utcOffset: '+00:00', utcOffsetMinutes: 0 });
    expect(utcOffsetAt('Europe/London', new Date('2026-01-15T00:00:00Z'))).toEqual({ utcOffset: '+00:00', utcOffsetMinutes: 0 });
  });

  it('answers no offset, rather than throwing or a made-up +00:00, for a zone the runtime does not know (a newer tz database)', () => {
    expect(utcOffsetAt('Mars/Olympus_Mons', new Date('2026-07-15T00:00:00Z'))).toEqual({ utcOffset: null, utcOffsetMinutes: null });
    expect(utcOffsetAt('Mars/Olympus_Mons', new Date('2026-01-15T00:00:00Z'))).toBe(UNKNOWN_UTC_OFFSET);
  });

  it('answers no offset when the runtime names it in a form it does not expect', () => {
    const formatToParts = jest
      .spyOn(Intl.DateTimeFormat.prototype, 'formatToParts')
      .mockReturnValueOnce([{ type: 'timeZoneName', value: 'GMT+05:30:15' }]);
    try {
      expect(utcOffsetAt('Asia/Kolkata', new Date('2026-07-15T00:00:00Z'))).toBe(UNKNOWN_UTC_OFFSET);
    } finally {
      formatToParts.mockRestore();
    }
  });
});

describe('secondsUntilOffsetsMayChange', () => {
  it('counts down to the next UTC quarter hour', () => {
    expect(secondsUntilOffsetsMayChange(new Date('2026-03-29T00:59:00Z'))).toBe(60);
    expect(secondsUntilOffsetsMayChange(new Date('2026-03-29T00:45:00.001Z'))).toBe(900);
    expect(secondsUntilOffsetsMayChange(new Date('2026-03-29T01:00:00Z'))).toBe(900);
  });
});
