import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { IsNull, LessThanOrEqual, Not } from 'typeorm';
import { Interaction } from '../../domain/interaction.aggregate';
import { InteractionNotFound } from '../../domain/interaction.errors';
import { InteractionFilter, InteractionRepository } from '../../domain/interaction.repository';
import { interactionMapper } from './interaction.mapper';
import { InteractionModel } from './interaction.model';

@Injectable()
export class InteractionTypeOrmRepository extends TypeOrmAggregateRepository<Interaction, InteractionModel> implements InteractionRepository {
  constructor(uow: UnitOfWork) {
    super(uow, InteractionModel, interactionMapper);
  }

  async getById(id: string): Promise<Interaction> {
    const row = await this.models.findOneBy({ id, deletedAt: IsNull() });
    if (!row) throw new InteractionNotFound(id);
    return interactionMapper.toDomain(row);
  }

  findPage(filter: InteractionFilter, offset: number, limit: number): Promise<{ items: Interaction[]; total: number }> {
    // Undefined filter fields drop out of the WHERE clause.
    return this.findPageWhere({ ...filter, deletedAt: IsNull() }, offset, limit);
  }

  async findFollowUps(due: Date | undefined, offset: number, limit: number): Promise<{ items: Interaction[]; total: number }> {
    const [rows, total] = await this.models.findAndCount({
      where: { followUpRequired: true, followUpAt: due ? LessThanOrEqual(due) : Not(IsNull()), deletedAt: IsNull() },
      order: { followUpAt: 'ASC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { items: rows.map((row) => interactionMapper.toDomain(row)), total };
  }
}
