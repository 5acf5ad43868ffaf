import { DomainEvent } from '@promenade/ddd';
import { Deal } from '../../domain/deal.aggregate';
import { DealNotFound } from '../../domain/deal.errors';
import { DealFilter, DealRepository } from '../../domain/deal.repository';

/** A unit-test stand-in for the deal store: keeps a copy of each saved deal and collects the events it would publish. */
export class InMemoryDealRepository implements DealRepository {
  readonly published: DomainEvent[] = [];
  private readonly deals = new Map<string, Deal>();

  async getById(id: string, ownerId?: string): Promise<Deal> {
    const stored = this.deals.get(id);
    if (!stored || stored.deletedAt !== null || (ownerId ?? stored.ownerId) !== stored.ownerId) throw new DealNotFound(id);
    return copyOf(stored);
  }

  async save(deal: Deal): Promise<void> {
    const nextVersion = deal.version + 1;
    this.published.push(...deal.pullEvents());
    deal.markPersisted(nextVersion);
    this.deals.set(deal.id, copyOf(deal));
  }

  async findPage(filter: DealFilter, offset: number, limit: number): Promise<{ items: Deal[]; total: number }> {
    const matches = [...this.deals.values()]
      .filter(
        (d) =>
          d.deletedAt === null &&
          (filter.ownerId ?? d.ownerId) === d.ownerId &&
          (filter.customerId ?? d.customerId) === d.customerId &&
          (filter.stage ?? d.stage) === d.stage,
      )
      .sort((a, b) => b.id.localeCompare(a.id));
    return { items: matches.slice(offset, offset + limit).map(copyOf), total: matches.length };
  }

  /** A stored deal as it is, deleted or not (to check what a deletion left behind). */
  stored(id: string): Deal | undefined {
    const deal = this.deals.get(id);
    return deal && copyOf(deal);
  }
}

function copyOf(deal: Deal): Deal {
  return Deal.restore(deal.snapshot());
}
