import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MAX_ATTENDEES } from '../../domain/interaction/interaction-attendees';
import { INTERACTION_DIRECTIONS, InteractionDirection } from '../../domain/interaction/interaction-direction';
import { INTERACTION_OUTCOMES, InteractionOutcome } from '../../domain/interaction/interaction-outcome';
import { INTERACTION_TYPES, InteractionType } from '../../domain/interaction/interaction-type';
import { MAX_DESCRIPTION_LENGTH, MAX_SUBJECT_LENGTH } from '../../domain/interaction/interaction.aggregate';

/** At least one of `customerId` and `companyId` (else 422 INTERACTION_PARTY_REQUIRED). */
export class CreateInteractionRequest {
  @ApiProperty({ enum: INTERACTION_TYPES, example: 'call' })
  @IsIn(INTERACTION_TYPES)
  type!: InteractionType;

  @ApiProperty({ enum: INTERACTION_DIRECTIONS, example: 'outbound', description: 'inbound: they reached us; outbound: we reached them.' })
  @IsIn(INTERACTION_DIRECTIONS)
  direction!: InteractionDirection;

  @ApiProperty({ example: 'Renewal of the pro plan', maxLength: MAX_SUBJECT_LENGTH, description: 'Must not be blank.' })
  @IsString()
  @MaxLength(MAX_SUBJECT_LENGTH)
  subject!: string;

  @ApiProperty({ example: 'Walked through the new pricing; they want a quote for 25 seats.', maxLength: MAX_DESCRIPTION_LENGTH })
  @IsString()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description!: string;

  @ApiPropertyOptional({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', description: 'An existing customer.' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170', description: 'An existing company.' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T09:00:00Z' })
  @IsISO8601({ strict: true })
  startedAt!: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-03-02T09:25:00Z',
    description: 'For an interaction logged after it ended; not before `startedAt`. Otherwise end it later with `POST …/end`.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  endedAt?: string;

  @ApiPropertyOptional({ enum: INTERACTION_OUTCOMES, example: 'successful' })
  @IsOptional()
  @IsIn(INTERACTION_OUTCOMES)
  outcome?: InteractionOutcome;

  @ApiPropertyOptional({ example: true, description: 'Defaults to whether `followUpAt` is given; true needs `followUpAt`.' })
  @IsOptional()
  @IsBoolean()
  followUpRequired?: boolean;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-03-09T09:00:00Z', description: 'When to follow up; not before `startedAt`.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  followUpAt?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['ada@example.com', 'grace@example.com'],
    maxItems: MAX_ATTENDEES,
    description: 'Email addresses, each once (in any letter case).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ATTENDEES)
  @IsEmail({}, { each: true })
  attendees?: string[];
}
