import { DomainEvent } from '@promenade/ddd';
import { Interaction } from '../../domain/interaction.aggregate';
import { InteractionNotFound } from '../../domain/interaction.errors';
import { InteractionParties } from '../../domain/interaction-parties';
import { InteractionFilter, InteractionRepository } from '../../domain/interaction.repository';

/** A unit-test stand-in for the interaction store: keeps a copy of each saved interaction and collects the events it would publish. */
export class InMemoryInteractionRepository implements InteractionRepository {
  readonly published: DomainEvent[] = [];
  private readonly interactions = new Map<string, Interaction>();

  /** `customerReps`: the rep each customer is assigned to, for reads within a customer scope. */
  constructor(private readonly customerReps = new Map<string, string>()) {}

  async getById(id: string, customerScope?: string): Promise<Interaction> {
    const stored = this.interactions.get(id);
    if (!stored || stored.deletedAt || !this.visible(stored, customerScope)) throw new InteractionNotFound(id);
    return copyOf(stored);
  }

  async save(interaction: Interaction): Promise<void> {
    this.published.push(...interaction.pullEvents());
    interaction.markPersisted(interaction.version + 1);
    this.interactions.set(interaction.id, copyOf(interaction));
  }

  async findPage(filter: InteractionFilter, offset: number, limit: number, customerScope?: string): Promise<{ items: Interaction[]; total: number }> {
    const matches = this.live(customerScope)
      .filter((i) => Object.entries(filter).every(([field, value]) => value === undefined || i[field as keyof InteractionFilter] === value))
      .sort((a, b) => b.id.localeCompare(a.id));
    return { items: matches.slice(offset, offset + limit).map(copyOf), total: matches.length };
  }

  async findFollowUps(due: Date | undefined, offset: number, limit: number, customerScope?: string): Promise<{ items: Interaction[]; total: number }> {
    const matches = this.live(customerScope)
      .filter((i) => i.followUpRequired && (!due || i.followUpAt! <= due))
      .sort((a, b) => a.followUpAt!.getTime() - b.followUpAt!.getTime());
    return { items: matches.slice(offset, offset + limit).map(copyOf), total: matches.length };
  }

  private live(customerScope: string | undefined): Interaction[] {
    return [...this.interactions.values()].filter((i) => !i.deletedAt && this.visible(i, customerScope));
  }

  private visible(interaction: Interaction, customerScope: string | undefined): boolean {
    return customerScope === undefined || interaction.customerId === null || this.customerReps.get(interaction.customerId) === customerScope;
  }
}

/** Customers and companies that exist, by id, for the existence checks; `customerReps` says whose each customer is. */
export class InMemoryInteractionParties implements InteractionParties {
  constructor(
    readonly customers = new Set<string>(),
    readonly companies = new Set<string>(),
    readonly customerReps = new Map<string, string>(),
  ) {}

  async customerExists(customerId: string, customerScope?: string): Promise<boolean> {
    return this.customers.has(customerId) && (customerScope === undefined || this.customerReps.get(customerId) === customerScope);
  }

  async companyExists(companyId: string): Promise<boolean> {
    return this.companies.has(companyId);
  }
}

function copyOf(interaction: Interaction): Interaction {
  return Interaction.restore(interaction.snapshot());
}
