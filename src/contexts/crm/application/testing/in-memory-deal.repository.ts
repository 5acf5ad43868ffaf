import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Deal, DealState } from '../../domain/deal/deal.aggregate';
import { DealNotFound } from '../../domain/deal/deal.errors';
import { DealFilter, DealRepository } from '../../domain/deal/deal.repository';

/** A unit-test stand-in for the deal store: keeps deleted deals (as the table does) but answers only live ones. */
export class InMemoryDealRepository extends InMemoryAggregateRepository<Deal, DealState> implements DealRepository {
  constructor() {
    super(Deal.restore);
  }

  async getById(id: string, ownerId?: string): Promise<Deal> {
    const stored = this.stored(id);
    if (!stored || stored.deletedAt !== null || (ownerId ?? stored.ownerId) !== stored.ownerId) throw new DealNotFound(id);
    return stored;
  }

  async findPage(filter: DealFilter, offset: number, limit: number): Promise<{ items: Deal[]; total: number }> {
    const matches = this.all().filter(
      (d) =>
        d.deletedAt === null &&
        (filter.ownerId ?? d.ownerId) === d.ownerId &&
        (filter.customerId ?? d.customerId) === d.customerId &&
        (filter.stage ?? d.stage) === d.stage,
    );
    return this.pageOf(matches, offset, limit);
  }
}
