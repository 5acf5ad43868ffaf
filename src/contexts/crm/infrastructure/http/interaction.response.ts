import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { INTERACTION_DIRECTIONS, InteractionDirection } from '../../domain/interaction/interaction-direction';
import { INTERACTION_OUTCOMES, InteractionOutcome } from '../../domain/interaction/interaction-outcome';
import { INTERACTION_TYPES, InteractionType } from '../../domain/interaction/interaction-type';
import { Interaction } from '../../domain/interaction/interaction.aggregate';

export class InteractionResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405180' })
  id!: string;

  @ApiProperty({ enum: INTERACTION_TYPES, example: 'call' })
  type!: InteractionType;

  @ApiProperty({ enum: INTERACTION_DIRECTIONS, example: 'outbound' })
  direction!: InteractionDirection;

  @ApiProperty({ example: 'Renewal of the pro plan' })
  subject!: string;

  @ApiProperty({ example: 'Walked through the new pricing; they want a quote for 25 seats.' })
  description!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  customerId!: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: null })
  companyId!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T09:00:00.000Z' })
  startedAt!: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, example: '2026-03-02T09:25:00.000Z' })
  endedAt!: string | null;

  @ApiPropertyOptional({ nullable: true, type: 'integer', example: 1500, description: 'Whole seconds from start to end; null while open.' })
  durationSeconds!: number | null;

  @ApiPropertyOptional({ enum: INTERACTION_OUTCOMES, nullable: true, example: 'successful' })
  outcome!: InteractionOutcome | null;

  @ApiProperty({ example: true })
  followUpRequired!: boolean;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, example: '2026-03-09T09:00:00.000Z' })
  followUpAt!: string | null;

  @ApiProperty({ type: [String], example: ['ada@example.com'] })
  attendees!: string[];

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164', description: 'The user who logged it.' })
  loggedBy!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T09:26:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-02T14:05:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  static from(interaction: Interaction): InteractionResponse {
    return {
      id: interaction.id,
      type: interaction.type,
      direction: interaction.direction,
      subject: interaction.subject,
      description: interaction.description,
      customerId: interaction.customerId,
      companyId: interaction.companyId,
      startedAt: interaction.startedAt.toISOString(),
      endedAt: interaction.endedAt?.toISOString() ?? null,
      durationSeconds: interaction.durationSeconds,
      outcome: interaction.outcome,
      followUpRequired: interaction.followUpRequired,
      followUpAt: interaction.followUpAt?.toISOString() ?? null,
      attendees: [...interaction.attendees],
      loggedBy: interaction.loggedBy,
      createdAt: interaction.createdAt.toISOString(),
      updatedAt: interaction.updatedAt.toISOString(),
      version: interaction.version,
    };
  }
}

export const InteractionPage = PageResponse(InteractionResponse, 'InteractionPage');
