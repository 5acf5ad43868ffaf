import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { INTERACTION_OUTCOMES, InteractionOutcome } from '../../domain/interaction/interaction-outcome';

/** The body may be left out: the interaction then ends now, keeping its outcome. */
export class EndInteractionRequest {
  @ApiPropertyOptional({ format: 'date-time', example: '2026-03-02T09:25:00Z', description: 'Defaults to now; not before `startedAt`.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  endedAt?: string;

  @ApiPropertyOptional({ enum: INTERACTION_OUTCOMES, example: 'successful', description: 'Replaces the outcome recorded so far.' })
  @IsOptional()
  @IsIn(INTERACTION_OUTCOMES)
  outcome?: InteractionOutcome;
}
