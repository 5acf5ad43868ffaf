import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { FindOperator, IsNull, LessThanOrEqual, Not, Raw } from 'typeorm';
import { Interaction } from '../../domain/interaction/interaction.aggregate';
import { InteractionNotFound } from '../../domain/interaction/interaction.errors';
import { InteractionFilter, InteractionRepository } from '../../domain/interaction/interaction.repository';
import { interactionMapper } from './interaction.mapper';
import { InteractionModel } from './interaction.model';

@Injectable()
export class InteractionTypeOrmRepository
  extends TypeOrmAggregateRepository<Interaction, InteractionModel>
  implements InteractionRepository
{
  constructor(uow: UnitOfWork) {
    super(uow, InteractionModel, interactionMapper);
  }

  async getById(id: string, customerScope?: string): Promise<Interaction> {
    const row = await this.models.findOneBy({ id, customerId: visibleCustomer(customerScope), deletedAt: IsNull() });
    if (!row) throw new InteractionNotFound(id);
    return interactionMapper.toDomain(row);
  }

  findPage(
    filter: InteractionFilter,
    offset: number,
    limit: number,
    customerScope?: string,
  ): Promise<{ items: Interaction[]; total: number }> {
    // Undefined filter fields drop out of the WHERE clause.
    return this.findPageWhere(
      { ...filter, customerId: visibleCustomer(customerScope, filter.customerId), deletedAt: IsNull() },
      offset,
      limit,
    );
  }

  async findFollowUps(
    due: Date | undefined,
    offset: number,
    limit: number,
    customerScope?: string,
  ): Promise<{ items: Interaction[]; total: number }> {
    const [rows, total] = await this.models.findAndCount({
      where: {
        followUpRequired: true,
        followUpAt: due ? LessThanOrEqual(due) : Not(IsNull()),
        customerId: visibleCustomer(customerScope),
        deletedAt: IsNull(),
      },
      order: { followUpAt: 'ASC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { items: rows.map((row) => interactionMapper.toDomain(row)), total };
  }
}

/**
 * The customer condition of a read within `customerScope` (see InteractionRepository): the customer named
 * by a filter, or any, and in either case no customer or one assigned to the scope's rep. Without a scope,
 * just the filter (undefined: no condition).
 */
function visibleCustomer(customerScope: string | undefined, customerId?: string): string | FindOperator<string> | undefined {
  if (customerScope === undefined) return customerId;
  const assigned = (column: string) => `${column} IN (SELECT id FROM crm.customers WHERE assigned_to = :customerScope)`;
  if (customerId !== undefined) return Raw((column) => `${column} = :customerId AND ${assigned(column)}`, { customerId, customerScope });
  return Raw((column) => `(${column} IS NULL OR ${assigned(column)})`, { customerScope });
}
