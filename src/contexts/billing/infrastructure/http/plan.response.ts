import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto, PageResponse } from '@promenade/http';
import { BILLING_INTERVALS, BillingInterval } from '../../domain/plan/billing-interval';
import { Plan } from '../../domain/plan/plan.aggregate';

export class PlanResponse {
  @ApiProperty({ example: 'pro-monthly', description: 'What routes and subscriptions name the plan by.' })
  code!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;

  @ApiProperty({ example: 'Pro' })
  name!: string;

  @ApiProperty({ type: MoneyDto })
  price!: MoneyDto;

  @ApiProperty({ enum: BILLING_INTERVALS, example: 'month' })
  interval!: BillingInterval;

  @ApiProperty({ type: 'integer', example: 14, description: 'Days a new subscription runs before its first charge.' })
  trialDays!: number;

  @ApiProperty({ example: true, description: 'Open to new subscriptions.' })
  active!: boolean;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-02T14:05:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  static from(plan: Plan): PlanResponse {
    return {
      code: plan.code,
      id: plan.id,
      name: plan.name,
      price: plan.price.toJSON(),
      interval: plan.interval,
      trialDays: plan.trialDays,
      active: plan.active,
      version: plan.version,
      createdAt: plan.createdAt.toISOString(),
      updatedAt: plan.updatedAt.toISOString(),
    };
  }
}

export const PlanPage = PageResponse(PlanResponse, 'PlanPage');
