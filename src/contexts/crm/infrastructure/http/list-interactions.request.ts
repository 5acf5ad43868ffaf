import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { INTERACTION_DIRECTIONS, InteractionDirection } from '../../domain/interaction/interaction-direction';
import { INTERACTION_OUTCOMES, InteractionOutcome } from '../../domain/interaction/interaction-outcome';
import { INTERACTION_TYPES, InteractionType } from '../../domain/interaction/interaction-type';

export class ListInteractionsRequest extends PageQuery {
  @ApiPropertyOptional({ enum: INTERACTION_TYPES })
  @IsOptional()
  @IsIn(INTERACTION_TYPES)
  type?: InteractionType;

  @ApiPropertyOptional({ enum: INTERACTION_DIRECTIONS })
  @IsOptional()
  @IsIn(INTERACTION_DIRECTIONS)
  direction?: InteractionDirection;

  @ApiPropertyOptional({ enum: INTERACTION_OUTCOMES })
  @IsOptional()
  @IsIn(INTERACTION_OUTCOMES)
  outcome?: InteractionOutcome;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;
}
