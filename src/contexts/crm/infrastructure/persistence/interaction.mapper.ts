import { AggregateMapper } from '@promenade/persistence';
import { InteractionDirection } from '../../domain/interaction/interaction-direction';
import { InteractionOutcome } from '../../domain/interaction/interaction-outcome';
import { InteractionType } from '../../domain/interaction/interaction-type';
import { Interaction } from '../../domain/interaction/interaction.aggregate';
import { InteractionModel } from './interaction.model';

export const interactionMapper: AggregateMapper<Interaction, InteractionModel> = {
  toDomain(model) {
    return Interaction.restore({
      id: model.id,
      version: model.version,
      type: model.type as InteractionType,
      direction: model.direction as InteractionDirection,
      subject: model.subject,
      description: model.description,
      customerId: model.customerId,
      companyId: model.companyId,
      startedAt: model.startedAt,
      endedAt: model.endedAt,
      outcome: model.outcome as InteractionOutcome | null,
      followUpRequired: model.followUpRequired,
      followUpAt: model.followUpAt,
      attendees: model.attendees,
      loggedBy: model.loggedBy,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
      deletedAt: model.deletedAt,
    });
  },

  toModel(interaction) {
    return Object.assign(new InteractionModel(), {
      id: interaction.id,
      type: interaction.type,
      direction: interaction.direction,
      subject: interaction.subject,
      description: interaction.description,
      customerId: interaction.customerId,
      companyId: interaction.companyId,
      startedAt: interaction.startedAt,
      endedAt: interaction.endedAt,
      outcome: interaction.outcome,
      followUpRequired: interaction.followUpRequired,
      followUpAt: interaction.followUpAt,
      attendees: [...interaction.attendees],
      loggedBy: interaction.loggedBy,
      createdAt: interaction.createdAt,
      deletedAt: interaction.deletedAt,
    });
  },
};
