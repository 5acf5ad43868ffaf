import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class CancelSubscriptionRequest {
  @ApiProperty({
    example: true,
    description:
      'true: it runs to the end of the period paid for, then ends instead of renewing. false: it ends now, with no refund for the rest of the period (no proration).',
  })
  @IsBoolean()
  atPeriodEnd!: boolean;
}
