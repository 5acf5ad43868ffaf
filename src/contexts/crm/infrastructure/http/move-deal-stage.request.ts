import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { DEAL_STAGES, DealStage } from '../../domain/deal/deal-stage';

export class MoveDealStageRequest {
  @ApiProperty({
    enum: DEAL_STAGES,
    example: 'qualified',
    description: 'One open stage forward or back. Closing goes through `/win` and `/lose` (here: 409 `DEAL_INVALID_TRANSITION`).',
  })
  @IsIn(DEAL_STAGES)
  stage!: DealStage;
}
