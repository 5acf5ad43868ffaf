import { ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto, PatchRequired } from '@promenade/http';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PLAN_NAME_MAX_LENGTH, TRIAL_DAYS_MAX } from '../../domain/plan/plan-terms';

/**
 * A change of some terms (PATCH): a field left out stays as it is; none may be null. The code and the interval
 * never change. A new price applies from each subscription's next renewal; deactivating closes the plan to new
 * subscriptions only.
 */
export class UpdatePlanRequest {
  @ApiPropertyOptional({ example: 'Pro (2026)', maxLength: PLAN_NAME_MAX_LENGTH })
  @PatchRequired()
  @IsString()
  @MaxLength(PLAN_NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({ type: MoneyDto })
  @PatchRequired()
  @ValidateNested()
  @Type(() => MoneyDto)
  price?: MoneyDto;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: TRIAL_DAYS_MAX, example: 30 })
  @PatchRequired()
  @IsInt()
  @Min(0)
  @Max(TRIAL_DAYS_MAX)
  trialDays?: number;

  @ApiPropertyOptional({ example: false })
  @PatchRequired()
  @IsBoolean()
  active?: boolean;
}
