import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PLAN_CODE_PATTERN } from '../../domain/plan/plan-code';
import { SUBSCRIPTION_STATUSES, SubscriptionStatus } from '../../domain/subscription/subscription-status';

export class ListSubscriptionsRequest extends PageQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "Without `subscriptions:read:any` the list holds only the caller's subscriptions, and naming another customer answers 403.",
  })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ enum: SUBSCRIPTION_STATUSES, example: 'past_due' })
  @IsOptional()
  @IsIn(SUBSCRIPTION_STATUSES)
  status?: SubscriptionStatus;

  @ApiPropertyOptional({ example: 'pro-monthly', pattern: PLAN_CODE_PATTERN.source })
  @IsOptional()
  @Matches(PLAN_CODE_PATTERN, { message: 'planCode must be 2-32 lower-case letters, digits or dashes' })
  planCode?: string;
}
