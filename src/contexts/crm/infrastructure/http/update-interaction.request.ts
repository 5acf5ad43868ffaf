import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { MAX_ATTENDEES } from '../../domain/interaction-attendees';
import { INTERACTION_DIRECTIONS, InteractionDirection } from '../../domain/interaction-direction';
import { INTERACTION_OUTCOMES, InteractionOutcome } from '../../domain/interaction-outcome';
import { INTERACTION_TYPES, InteractionType } from '../../domain/interaction-type';
import { MAX_DESCRIPTION_LENGTH, MAX_SUBJECT_LENGTH } from '../../domain/interaction.aggregate';

/** A field that may be left out, but not sent as null. */
const unlessAbsent = ValidateIf((_object, value) => value !== undefined);

/**
 * Only the fields sent change; null clears `customerId`, `companyId`, `outcome` or `followUpAt`. The end
 * is not changed here: `POST …/end` sets it, once. `followUpRequired: false` alone also clears the date;
 * a `followUpAt` alone makes the follow-up required.
 */
export class UpdateInteractionRequest {
  @ApiPropertyOptional({ enum: INTERACTION_TYPES, example: 'meeting' })
  @unlessAbsent
  @IsIn(INTERACTION_TYPES)
  type?: InteractionType;

  @ApiPropertyOptional({ enum: INTERACTION_DIRECTIONS, example: 'inbound' })
  @unlessAbsent
  @IsIn(INTERACTION_DIRECTIONS)
  direction?: InteractionDirection;

  @ApiPropertyOptional({ example: 'Renewal of the pro plan (follow-up)', maxLength: MAX_SUBJECT_LENGTH })
  @unlessAbsent
  @IsString()
  @MaxLength(MAX_SUBJECT_LENGTH)
  subject?: string;

  @ApiPropertyOptional({ example: 'Quote sent for 25 seats.', maxLength: MAX_DESCRIPTION_LENGTH })
  @unlessAbsent
  @IsString()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  @IsOptional()
  @IsUUID()
  customerId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: null })
  @IsOptional()
  @IsUUID()
  companyId?: string | null;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-03-02T09:05:00Z', description: 'Not after the end, if it ended.' })
  @unlessAbsent
  @IsISO8601({ strict: true })
  startedAt?: string;

  @ApiPropertyOptional({ enum: INTERACTION_OUTCOMES, nullable: true, example: 'scheduled' })
  @IsOptional()
  @IsIn(INTERACTION_OUTCOMES)
  outcome?: InteractionOutcome | null;

  @ApiPropertyOptional({ example: false })
  @unlessAbsent
  @IsBoolean()
  followUpRequired?: boolean;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, example: '2026-03-16T09:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  followUpAt?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['ada@example.com'], maxItems: MAX_ATTENDEES, description: 'The whole new list.' })
  @unlessAbsent
  @IsArray()
  @ArrayMaxSize(MAX_ATTENDEES)
  @IsEmail({}, { each: true })
  attendees?: string[];
}
