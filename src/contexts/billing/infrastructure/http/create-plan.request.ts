import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@promenade/http';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmptyObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BILLING_INTERVALS, BillingInterval } from '../../domain/plan/billing-interval';
import { PLAN_CODE_PATTERN } from '../../domain/plan/plan-code';
import { PLAN_NAME_MAX_LENGTH, TRIAL_DAYS_MAX } from '../../domain/plan/plan-terms';
import { PLAN_CODE_MESSAGE } from './plan-code.param';

export class CreatePlanRequest {
  @ApiProperty({ example: 'pro-monthly', pattern: PLAN_CODE_PATTERN.source, description: 'Unique; names the plan for good.' })
  @Matches(PLAN_CODE_PATTERN, { message: PLAN_CODE_MESSAGE })
  code!: string;

  @ApiProperty({ example: 'Pro', maxLength: PLAN_NAME_MAX_LENGTH })
  @IsString()
  @MaxLength(PLAN_NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({ type: MoneyDto, description: 'Charged each period, above zero; a renewal invoices the price of its day.' })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  price!: MoneyDto;

  @ApiProperty({ enum: BILLING_INTERVALS, example: 'month', description: 'Calendar months or years; never changes.' })
  @IsIn(BILLING_INTERVALS)
  interval!: BillingInterval;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: TRIAL_DAYS_MAX, default: 0, example: 14 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(TRIAL_DAYS_MAX)
  trialDays?: number;

  @ApiPropertyOptional({ default: true, example: true, description: 'Open to new subscriptions.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
