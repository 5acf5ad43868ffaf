import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '@promenade/auth';
import { Page } from '@promenade/ddd';
import { ApiProblems, pageOf, CACHE_HEADERS, Cacheable } from '@promenade/http';
import { GetTimezone } from '../../application/get-timezone/get-timezone.query';
import { ListTimezones } from '../../application/list-timezones/list-timezones.query';
import { TimezoneNotFound } from '../../domain/timezone.errors';
import { secondsUntilOffsetsMayChange } from '../../domain/utc-offset';

import { ListTimezonesRequest } from './list-timezones.request';
import { TimezoneNameParam } from './timezone-name.param';
import { TimezonePage, TimezoneResponse } from './timezone.response';

/** Answers carry the current offset, so they may be reused only until an offset could next change. */
const untilOffsetsMayChange = () => secondsUntilOffsetsMayChange(new Date());

/**
 * IANA time zones: public reads. A zone's name holds slashes (`Europe/Kyiv`,
 * `America/Argentina/Buenos_Aires`); the lookup takes it URL-encoded (`Europe%2FKyiv`, what Swagger UI and
 * generated clients send) on the documented `{name}` route, and raw on a wildcard route.
 */
@ApiTags('reference')
@Controller('reference/timezones')
@Public()
export class TimezonesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Cacheable(untilOffsetsMayChange)
  @ApiOperation({
    summary: 'List the IANA time zones with their current UTC offsets, all at once',
    description:
      'Public. Filter by country and by part of a name, alias, country name or main city. Offsets are computed per request (daylight saving time included).',
  })
  @ApiOkResponse({ type: TimezonePage, headers: CACHE_HEADERS })
  @ApiProblems(400)
  async listTimezones(@Query() query: ListTimezonesRequest): Promise<Page<TimezoneResponse>> {
    const zones = await this.queries.execute(new ListTimezones({ country: query.country, search: query.search }));
    const page = pageOf(zones, query);
    return { ...page, items: page.items.map((zone) => TimezoneResponse.from(zone)) };
  }

  @Get(':name')
  @Cacheable(untilOffsetsMayChange)
  @ApiOperation({
    summary: 'Get a time zone, with its current UTC offset, by its name or an alias',
    description:
      'Public. URL-encode the slashes (`Europe%2FKyiv`), or send them as they are (`/timezones/Europe/Kyiv`, ' +
      '`/timezones/America/Argentina/Buenos_Aires`). An alias answers its zone (`Europe/Kiev` → `Europe/Kyiv`, `UTC` → `Etc/UTC`); any case.',
  })
  @ApiParam({ name: 'name', example: 'Europe/Kyiv' })
  @ApiOkResponse({ type: TimezoneResponse, headers: CACHE_HEADERS })
  @ApiProblems(400, TimezoneNotFound)
  getTimezone(@TimezoneNameParam('name') name: string): Promise<TimezoneResponse> {
    return this.read(name);
  }

  /** The same lookup with the slashes raw: Fastify's `*` takes the rest of the path, slashes included. */
  @Get('*')
  @Cacheable(untilOffsetsMayChange)
  @ApiExcludeEndpoint()
  getBySlashedPath(@TimezoneNameParam('*') name: string): Promise<TimezoneResponse> {
    return this.read(name);
  }

  private async read(name: string): Promise<TimezoneResponse> {
    return TimezoneResponse.from(await this.queries.execute(new GetTimezone(name)));
  }
}
