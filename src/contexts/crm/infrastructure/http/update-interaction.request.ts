import { ApiPropertyOptional } from '@nestjs/swagger';
import { PatchNullable, PatchRequired } from '@promenade/http';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsISO8601, IsString, IsUUID, MaxLength } from 'class-validator';
import { MAX_ATTENDEES } from '../../domain/interaction/interaction-attendees';
import { INTERACTION_DIRECTIONS, InteractionDirection } from '../../domain/interaction/interaction-direction';
import { INTERACTION_OUTCOMES, InteractionOutcome } from '../../domain/interaction/interaction-outcome';
import { INTERACTION_TYPES, InteractionType } from '../../domain/interaction/interaction-type';
import { MAX_DESCRIPTION_LENGTH, MAX_SUBJECT_LENGTH } from '../../domain/interaction/interaction.aggregate';

/**
 * Only the fields sent change; null clears `customerId`, `companyId`, `outcome` or `followUpAt`
 * and is refused (400) for the others. The end
 * is not changed here: `POST …/end` sets it, once. `followUpRequired: false` alone also clears the date;
 * a `followUpAt` alone makes the follow-up required.
 */
export class UpdateInteractionRequest {
  @ApiPropertyOptional({ enum: INTERACTION_TYPES, example: 'meeting' })
  @PatchRequired()
  @IsIn(INTERACTION_TYPES)
  type?: InteractionType;

  @ApiPropertyOptional({ enum: INTERACTION_DIRECTIONS, example: 'inbound' })
  @PatchRequired()
  @IsIn(INTERACTION_DIRECTIONS)
  direction?: InteractionDirection;

  @ApiPropertyOptional({ example: 'Renewal of the pro plan (follow-up)', maxLength: MAX_SUBJECT_LENGTH })
  @PatchRequired()
  @IsString()
  @MaxLength(MAX_SUBJECT_LENGTH)
  subject?: string;

  @ApiPropertyOptional({ example: 'Quote sent for 25 seats.', maxLength: MAX_DESCRIPTION_LENGTH })
  @PatchRequired()
  @IsString()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  @PatchNullable()
  @IsUUID()
  customerId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: null })
  @PatchNullable()
  @IsUUID()
  companyId?: string | null;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-03-02T09:05:00Z', description: 'Not after the end, if it ended.' })
  @PatchRequired()
  @IsISO8601({ strict: true })
  startedAt?: string;

  @ApiPropertyOptional({ enum: INTERACTION_OUTCOMES, nullable: true, example: 'scheduled' })
  @PatchNullable()
  @IsIn(INTERACTION_OUTCOMES)
  outcome?: InteractionOutcome | null;

  @ApiPropertyOptional({ example: false })
  @PatchRequired()
  @IsBoolean()
  followUpRequired?: boolean;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, example: '2026-03-16T09:00:00Z' })
  @PatchNullable()
  @IsISO8601({ strict: true })
  followUpAt?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['ada@example.com'], maxItems: MAX_ATTENDEES, description: 'The whole new list.' })
  @PatchRequired()
  @IsArray()
  @ArrayMaxSize(MAX_ATTENDEES)
  @IsEmail({}, { each: true })
  attendees?: string[];
}
