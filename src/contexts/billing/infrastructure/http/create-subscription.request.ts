import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { PLAN_CODE_PATTERN } from '../../domain/plan/plan-code';

export class CreateSubscriptionRequest {
  @ApiProperty({ example: 'pro-monthly', pattern: PLAN_CODE_PATTERN.source, description: 'An active plan.' })
  @Matches(PLAN_CODE_PATTERN, { message: 'planCode must be 2-32 lower-case letters, digits or dashes' })
  planCode!: string;

  @ApiProperty({
    format: 'uuid',
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f4051cc',
    description: "One of the customer's payment methods; each period is charged to it.",
  })
  @IsUUID()
  paymentMethodId!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199',
    description: "The customer's user id; defaults to the caller. Naming another customer needs `subscriptions:write:any`.",
  })
  @IsOptional()
  @IsUUID()
  customerId?: string;
}
