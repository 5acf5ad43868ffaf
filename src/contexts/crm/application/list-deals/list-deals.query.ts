import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Deal } from '../../domain/deal/deal.aggregate';
import { DealFilter } from '../../domain/deal/deal.repository';

export class ListDeals extends Query<Page<Deal>> {
  constructor(
    readonly filter: DealFilter,
    readonly page: number,
    readonly limit: number,
    /** Only this rep's deals are reachable; undefined: anybody's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
