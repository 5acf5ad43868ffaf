import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Interaction, InteractionState } from '../../domain/interaction/interaction.aggregate';
import { InteractionNotFound } from '../../domain/interaction/interaction.errors';
import { InteractionParties } from '../../domain/interaction/interaction-parties';
import { InteractionFilter, InteractionRepository } from '../../domain/interaction/interaction.repository';

/** A unit-test stand-in for the interaction store: keeps deleted interactions but answers only live ones, within a customer scope when given. */
export class InMemoryInteractionRepository
  extends InMemoryAggregateRepository<Interaction, InteractionState>
  implements InteractionRepository
{
  /** `customerReps`: the rep each customer is assigned to, for reads within a customer scope. */
  constructor(private readonly customerReps = new Map<string, string>()) {
    super(Interaction.restore);
  }

  async getById(id: string, customerScope?: string): Promise<Interaction> {
    const found = this.live(customerScope).find((interaction) => interaction.id === id);
    if (!found) throw new InteractionNotFound(id);
    return found;
  }

  async findPage(
    filter: InteractionFilter,
    offset: number,
    limit: number,
    customerScope?: string,
  ): Promise<{ items: Interaction[]; total: number }> {
    const matches = this.live(customerScope).filter((i) =>
      Object.entries(filter).every(([field, value]) => value === undefined || i[field as keyof InteractionFilter] === value),
    );
    return this.pageOf(matches, offset, limit);
  }

  async findFollowUps(
    due: Date | undefined,
    offset: number,
    limit: number,
    customerScope?: string,
  ): Promise<{ items: Interaction[]; total: number }> {
    const matches = this.live(customerScope).filter((i) => i.followUpRequired && (!due || i.followUpAt! <= due));
    return this.pageOf(matches, offset, limit, (a, b) => a.followUpAt!.getTime() - b.followUpAt!.getTime());
  }

  private live(customerScope: string | undefined): Interaction[] {
    return this.all().filter((i) => !i.deletedAt && this.visible(i, customerScope));
  }

  private visible(interaction: Interaction, customerScope: string | undefined): boolean {
    return (
      customerScope === undefined || interaction.customerId === null || this.customerReps.get(interaction.customerId) === customerScope
    );
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
