import { AggregateMapper } from '@promenade/persistence';
import { Interaction } from '../../domain/interaction.aggregate';
import { InteractionModel } from './interaction.model';

export const interactionMapper: AggregateMapper<Interaction, InteractionModel> = {
  toDomain(model) {
    return Interaction.restore({ id: model.id, version: model.version, createdAt: model.createdAt });
  },

  toModel(interaction) {
    return Object.assign(new InteractionModel(), { id: interaction.id, createdAt: interaction.createdAt });
  },
};
