import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DEAL_STAGES, DealStage } from '../../domain/deal/deal-stage';

export class ListDealsRequest extends PageQuery {
  @ApiPropertyOptional({ enum: DEAL_STAGES, example: 'negotiation' })
  @IsOptional()
  @IsIn(DEAL_STAGES)
  stage?: DealStage;

  @ApiPropertyOptional({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170',
    description: "Without `deals:read:any` the list holds only the caller's deals, and naming another owner answers 403.",
  })
  @IsOptional()
  @IsUUID()
  ownerId?: string;
}
