import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto, PageResponse } from '@promenade/http';
import { PAYMENT_STATUSES, PaymentStatus } from '../../domain/payment/payment-status';
import { Payment } from '../../domain/payment/payment.aggregate';

export class PaymentResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163' })
  invoiceId!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  customerId!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165' })
  paymentMethodId!: string;

  @ApiProperty({ type: MoneyDto })
  amount!: MoneyDto;

  @ApiProperty({
    enum: PAYMENT_STATUSES,
    example: 'succeeded',
    description:
      '`pending` until the provider answers (an unanswered charge is reconciled later); `requires_action` while the customer confirms.',
  })
  status!: PaymentStatus;

  @ApiPropertyOptional({ nullable: true, type: String, example: null, description: 'Why a failed payment failed (`card_declined`).' })
  failureReason!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'ch_3b0c5e…', description: "The provider's id of the charge." })
  providerReference!: string | null;

  @ApiProperty({ type: MoneyDto, description: 'Refunded so far; at most the amount.' })
  refundedAmount!: MoneyDto;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T09:30:01.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change.' })
  version!: number;

  static from(payment: Payment): PaymentResponse {
    return {
      id: payment.id,
      invoiceId: payment.invoiceId,
      customerId: payment.customerId,
      paymentMethodId: payment.paymentMethodId,
      amount: payment.amount.toJSON(),
      status: payment.status,
      failureReason: payment.failureReason,
      providerReference: payment.providerReference,
      refundedAmount: payment.refundedAmount.toJSON(),
      createdAt: payment.createdAt.toISOString(),
      updatedAt: payment.updatedAt.toISOString(),
      version: payment.version,
    };
  }
}

export const PaymentPage = PageResponse(PaymentResponse, 'PaymentPage');

export class RefundResponse {
  @ApiProperty({ type: PaymentResponse, description: 'The payment, its refundedAmount counting this refund.' })
  payment!: PaymentResponse;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405180', description: 'The credit note issued for the refund.' })
  creditNoteId!: string;
}
