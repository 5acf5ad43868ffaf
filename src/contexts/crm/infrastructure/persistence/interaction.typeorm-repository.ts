import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Interaction } from '../../domain/interaction.aggregate';
import { InteractionNotFound } from '../../domain/interaction.errors';
import { InteractionRepository } from '../../domain/interaction.repository';
import { interactionMapper } from './interaction.mapper';
import { InteractionModel } from './interaction.model';

@Injectable()
export class InteractionTypeOrmRepository extends TypeOrmAggregateRepository<Interaction, InteractionModel> implements InteractionRepository {
  constructor(uow: UnitOfWork) {
    super(uow, InteractionModel, interactionMapper);
  }

  async getById(id: string): Promise<Interaction> {
    const interaction = await this.findById(id);
    if (!interaction) throw new InteractionNotFound(id);
    return interaction;
  }
}
