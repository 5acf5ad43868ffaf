import { Query } from '@nestjs/cqrs';
import { Deal } from '../../domain/deal/deal.aggregate';

export class GetDeal extends Query<Deal> {
  constructor(
    readonly dealId: string,
    /** Only this rep's deals are reachable; undefined: anybody's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
