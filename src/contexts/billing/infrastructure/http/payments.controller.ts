import { Body, Controller, Get, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, InvalidCurrency, InvalidMoneyAmount, Money, Page } from '@promenade/ddd';
import { ApiProblems, IDEMPOTENCY_KEY_HEADER, RequireIdempotencyKey, UuidParam } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { CreatePayment } from '../../application/create-payment/create-payment.command';
import { GetPayment } from '../../application/get-payment/get-payment.query';
import { ListPayments } from '../../application/list-payments/list-payments.query';
import { RefundPayment } from '../../application/refund-payment/refund-payment.command';
import { requestKeyOf } from '../../application/request-key/request-key';
import {
  CreditExceedsCreditable,
  CreditReasonRequired,
  InvoiceAmountInvalid,
  InvoiceLineInvalid,
  InvoiceNotCreditable,
  InvoiceNotFound,
  InvoiceNotPayable,
  PaymentExceedsBalance,
} from '../../domain/invoice/invoice.errors';
import { PaymentMethodNotFound, PaymentMethodUnusable } from '../../domain/payment-method/payment-method.errors';
import {
  CapturedPaymentUnrecorded,
  InvoicePaymentOpen,
  PaymentAlreadySettled,
  PaymentAmountInvalid,
  PaymentCurrencyMismatch,
  PaymentNotFound,
  PaymentNotRefundable,
  RefundDeclined,
  RefundExceedsCaptured,
  RefundNotConfirmed,
} from '../../domain/payment/payment.errors';
import { ListPaymentsRequest } from './list-payments.request';
import { CreatePaymentRequest, RefundPaymentRequest } from './payment.request';
import { PaymentPage, PaymentResponse, RefundResponse } from './payment.response';

/**
 * HTTP ⇄ payment commands and queries. A customer pays only their own invoices with their own methods; a caller
 * without `payments:read:any` sees only their own payments (another's answers 404, as a missing one).
 */
@ApiTags('billing')
@Controller('billing/payments')
export class PaymentsController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('payments:write')
  @RequireIdempotencyKey()
  @ApiOperation({
    summary: 'Pay an invoice of yours',
    description:
      'Charges one of your payment methods for the open amount, or a part of it. Answers the payment: `succeeded` (the invoice ' +
      'recorded it), `failed` with its reason, `requires_action` (3-D Secure; a webhook settles it later) or `pending` (the ' +
      'provider did not answer in time; reconciled later). Idempotency-Key is required: a retry never charges twice. What payments ' +
      'still pending or requiring action may capture cannot be charged again (409 `INVOICE_PAYMENT_OPEN` when nothing is left).',
  })
  @ApiCreatedResponse({ type: PaymentResponse })
  @ApiProblems(
    400,
    InvoiceNotFound,
    PaymentMethodNotFound,
    PaymentMethodUnusable,
    InvoiceNotPayable,
    InvoicePaymentOpen,
    PaymentExceedsBalance,
    PaymentCurrencyMismatch,
    PaymentAmountInvalid,
    InvoiceAmountInvalid,
    InvalidCurrency,
    InvalidMoneyAmount,
    PaymentAlreadySettled,
    CapturedPaymentUnrecorded,
    ConcurrencyConflict,
  )
  async createPayment(
    @CurrentPrincipal() caller: Principal,
    @Headers(IDEMPOTENCY_KEY_HEADER.toLowerCase()) requestKey: string,
    @Body() body: CreatePaymentRequest,
  ): Promise<PaymentResponse> {
    const amount = body.amount && Money.of(body.amount.amount, body.amount.currency);
    const { paymentId } = await this.commands.execute(
      new CreatePayment(caller.userId, body.invoiceId, body.paymentMethodId, requestKey, amount),
    );
    return PaymentResponse.from(await this.queries.execute(new GetPayment(paymentId)));
  }

  @Get()
  @RequirePermission('payments:read')
  @ApiOperation({ summary: 'List payments, newest first', description: "Only the caller's own unless they hold `payments:read:any`." })
  @ApiOkResponse({ type: PaymentPage })
  @ApiProblems(400)
  async listPayments(@CurrentPrincipal() caller: Principal, @Query() query: ListPaymentsRequest): Promise<Page<PaymentResponse>> {
    const filter = { customerId: caller.ownerScope('payments:read', query.customerId), invoiceId: query.invoiceId, status: query.status };
    const page = await this.queries.execute(new ListPayments(filter, query.page, query.limit, caller.ownerScope('payments:read')));
    return { ...page, items: page.items.map(PaymentResponse.from) };
  }

  @Get(':id')
  @RequirePermission('payments:read')
  @ApiOperation({
    summary: 'Get a payment',
    description: "Another customer's payment is not found unless the caller holds `payments:read:any`.",
  })
  @ApiOkResponse({ type: PaymentResponse })
  @ApiProblems(400, PaymentNotFound)
  async getPayment(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<PaymentResponse> {
    return PaymentResponse.from(await this.queries.execute(new GetPayment(id, caller.ownerScope('payments:read'))));
  }

  @Post(':id/refund')
  @RequirePermission('payments:refund')
  @RequireIdempotencyKey()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Refund a payment, in full or in part',
    description:
      'Never more than captured less already refunded (422 `REFUND_EXCEEDS_CAPTURED`). The provider refunds it, and a credit note ' +
      'for the amount is issued against the invoice; answers the payment and the credit note. Idempotency-Key is required: a ' +
      'retry (after a lost answer, or 409 `REFUND_NOT_CONFIRMED`) never refunds twice.',
  })
  @ApiOkResponse({ type: RefundResponse })
  @ApiProblems(
    400,
    PaymentNotFound,
    PaymentNotRefundable,
    RefundExceedsCaptured,
    PaymentAmountInvalid,
    PaymentCurrencyMismatch,
    RefundDeclined,
    RefundNotConfirmed,
    InvalidCurrency,
    InvalidMoneyAmount,
    InvoiceNotFound,
    InvoiceNotCreditable,
    CreditExceedsCreditable,
    CreditReasonRequired,
    InvoiceAmountInvalid,
    InvoiceLineInvalid,
    ConcurrencyConflict,
  )
  async refundPayment(
    @CurrentPrincipal() caller: Principal,
    @Headers(IDEMPOTENCY_KEY_HEADER.toLowerCase()) requestKey: string,
    @UuidParam('id') id: string,
    @Body() body: RefundPaymentRequest,
  ): Promise<RefundResponse> {
    const amount = body.amount && Money.of(body.amount.amount, body.amount.currency);
    const creditNoteId = await this.commands.execute(new RefundPayment(id, requestKeyOf('refund', caller.userId, requestKey), amount));
    return { payment: PaymentResponse.from(await this.queries.execute(new GetPayment(id))), creditNoteId };
  }
}
