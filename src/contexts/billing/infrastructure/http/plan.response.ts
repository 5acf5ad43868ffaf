import { ApiProperty } from '@nestjs/swagger';
import { Plan } from '../../domain/plan/plan.aggregate';

export class PlanResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;

  @ApiProperty({ example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', description: 'When the last change was saved.' })
  updatedAt!: string;

  static from(plan: Plan): PlanResponse {
    return {
      id: plan.id,
      version: plan.version,
      createdAt: plan.createdAt.toISOString(),
      updatedAt: plan.updatedAt.toISOString(),
    };
  }
}
