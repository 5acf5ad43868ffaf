import { Logger } from '@nestjs/common';
import { timezoneAt } from './timezone-now';

describe('timezoneAt', () => {
  const zone = (name: string) => ({ name, aliases: [], countryCode: null, countryName: null, mainCities: [] });

  it('adds the offset at the moment asked about', () => {
    expect(timezoneAt(zone('Europe/Berlin'), new Date('2026-07-15T12:00:00Z'))).toMatchObject({
      name: 'Europe/Berlin',
      utcOffset: '+02:00',
      utcOffsetMinutes: 120,
    });
  });

  it('answers a zone the runtime does not know with a null offset, and warns once per zone', () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      const at = new Date('2026-07-15T12:00:00Z');
      expect(timezoneAt(zone('Mars/Olympus_Mons'), at)).toMatchObject({
        name: 'Mars/Olympus_Mons',
        utcOffset: null,
        utcOffsetMinutes: null,
      });
      timezoneAt(zone('Mars/Olympus_Mons'), at);
      timezoneAt(zone('Europe/Berlin'), at);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('Mars/Olympus_Mons'));
    } finally {
      warn.mockRestore();
    }
  });
});
