import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { SUBSCRIPTION_STATUSES, SubscriptionStatus } from '../../domain/subscription/subscription-status';
import { Subscription } from '../../domain/subscription/subscription.aggregate';

const iso = (time: Date | null) => time?.toISOString() ?? null;

export class SubscriptionResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199', description: 'The Identity user who pays.' })
  customerId!: string;

  @ApiProperty({ example: 'pro-monthly' })
  planCode!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f4051cc' })
  paymentMethodId!: string;

  @ApiProperty({
    enum: SUBSCRIPTION_STATUSES,
    example: 'active',
    description: '`past_due`: its last charge failed and is retried on the dunning schedule; `canceled` and `unpaid` are final.',
  })
  status!: SubscriptionStatus;

  @ApiProperty({
    format: 'date-time',
    example: '2026-01-31T10:00:00.000Z',
    description: 'Periods end on its day of the month, or on the last day of a shorter month (Jan 31 → Feb 28 → Mar 31).',
  })
  anchor!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-31T10:00:00.000Z' })
  currentPeriodStart!: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-02-28T10:00:00.000Z',
    description: 'The trial end while trialing; when it renews next.',
  })
  currentPeriodEnd!: string;

  @ApiProperty({ example: false, description: 'It ends at currentPeriodEnd instead of renewing.' })
  cancelAtPeriodEnd!: boolean;

  @ApiProperty({ type: 'integer', example: 0, description: 'Retries of the failed charge made so far.' })
  dunningAttempt!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null, description: 'When the charge first failed.' })
  pastDueSince!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f4051aa' })
  latestInvoiceId!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null })
  canceledAt!: string | null;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time', example: '2026-01-31T10:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-31T10:00:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  static from(subscription: Subscription): SubscriptionResponse {
    return {
      id: subscription.id,
      customerId: subscription.customerId,
      planCode: subscription.planCode,
      paymentMethodId: subscription.paymentMethodId,
      status: subscription.status,
      anchor: subscription.anchor.toISOString(),
      currentPeriodStart: subscription.currentPeriodStart.toISOString(),
      currentPeriodEnd: subscription.currentPeriodEnd.toISOString(),
      cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
      dunningAttempt: subscription.dunningAttempt,
      pastDueSince: iso(subscription.pastDueSince),
      latestInvoiceId: subscription.latestInvoiceId,
      canceledAt: iso(subscription.canceledAt),
      version: subscription.version,
      createdAt: subscription.createdAt.toISOString(),
      updatedAt: subscription.updatedAt.toISOString(),
    };
  }
}

export const SubscriptionPage = PageResponse(SubscriptionResponse, 'SubscriptionPage');
