import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { TimezoneNow } from '../../application/timezone-now';

export class TimezoneResponse {
  @ApiProperty({ example: 'Europe/Kyiv', description: 'IANA name.' })
  name!: string;

  @ApiProperty({
    type: [String],
    example: ['Europe/Kiev', 'Europe/Uzhgorod', 'Europe/Zaporozhye'],
    description: 'Other names that resolve to this zone.',
  })
  aliases!: string[];

  @ApiProperty({ type: String, nullable: true, example: 'UA', description: 'ISO 3166-1 alpha-2; null for Etc/UTC.' })
  countryCode!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Ukraine' })
  countryName!: string | null;

  @ApiProperty({ type: [String], example: ['Kyiv', 'Kharkiv', 'Odesa', 'Dnipro'] })
  mainCities!: string[];

  @ApiProperty({
    type: String,
    nullable: true,
    example: '+02:00',
    description: "Offset from UTC now, daylight saving time included; null when the server's time zone database does not know the zone.",
  })
  utcOffset!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 120, description: 'The same offset in minutes; null with utcOffset.' })
  utcOffsetMinutes!: number | null;

  static from(zone: TimezoneNow): TimezoneResponse {
    return {
      name: zone.name,
      aliases: [...zone.aliases],
      countryCode: zone.countryCode,
      countryName: zone.countryName,
      mainCities: [...zone.mainCities],
      utcOffset: zone.utcOffset,
      utcOffsetMinutes: zone.utcOffsetMinutes,
    };
  }
}

export const TimezonePage = PageResponse(TimezoneResponse, 'TimezonePage');
