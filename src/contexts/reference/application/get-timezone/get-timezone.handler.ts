import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TimezoneNotFound } from '../../domain/timezone.errors';
import { REFERENCE_CATALOG, ReferenceCatalog } from '../reference-catalog';
import { TimezoneNow, timezoneAt } from '../timezone-now';
import { GetTimezone } from './get-timezone.query';

@QueryHandler(GetTimezone)
export class GetTimezoneHandler implements IQueryHandler<GetTimezone, TimezoneNow> {
  constructor(@Inject(REFERENCE_CATALOG) private readonly catalog: ReferenceCatalog) {}

  async execute({ name, at }: GetTimezone): Promise<TimezoneNow> {
    const zone = await this.catalog.timezone(name);
    if (!zone) throw new TimezoneNotFound(name);
    return timezoneAt(zone, at);
  }
}
