import { Controller, Headers, HttpCode, Logger, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '@promenade/auth';
import { ApiProblems, PatternParam, RawBody, RequestValidationFailed } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { ConfirmPayment } from '../../application/confirm-payment/confirm-payment.command';
import { InvoiceAmountInvalid, InvoiceNotFound, InvoiceNotPayable, PaymentExceedsBalance } from '../../domain/invoice/invoice.errors';
import { WebhookRejected } from '../../domain/payment/payment-provider';
import {
  CapturedPaymentUnrecorded,
  PaymentAlreadySettled,
  PaymentNotFound,
  WebhookProviderUnknown,
} from '../../domain/payment/payment.errors';

export class WebhookReceipt {
  @ApiProperty({ example: true, description: 'false when this event id was already processed (a replay): nothing changed.' })
  processed!: boolean;
}

/**
 * The payment provider's notifications. Public, but each must carry the provider's signature over the exact body
 * (Promenade-Signature for the sandbox, docs/payment-providers.md), at most 5 minutes old; each event id acts once.
 */
@ApiTags('billing')
@Controller('billing/webhooks')
export class WebhooksController {
  private readonly logger = new Logger(WebhooksController.name);

  constructor(private readonly commands: TransactionalCommandBus) {}

  @Post(':provider')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: "Receive a payment provider's webhook",
    description:
      'Verifies the signature header over the raw body (HMAC-SHA256 of `<t>.<body>` with PAYMENT_WEBHOOK_SECRET) and its ' +
      'timestamp (at most 5 minutes old); a bad or stale one answers 400. An event id already processed answers 200 and changes nothing.',
  })
  @ApiOkResponse({ type: WebhookReceipt })
  @ApiProblems(
    400,
    WebhookProviderUnknown,
    PaymentNotFound,
    InvoiceNotFound,
    PaymentAlreadySettled,
    CapturedPaymentUnrecorded,
    InvoiceNotPayable,
    InvoiceAmountInvalid,
    PaymentExceedsBalance,
  )
  async receiveWebhook(
    @PatternParam('provider', /^[a-z][a-z0-9-]{1,31}$/, 'provider must be a provider name (lowercase letters, digits and -)')
    provider: string,
    @Headers() headers: Record<string, string | string[] | undefined>,
    @RawBody() body: string,
  ): Promise<WebhookReceipt> {
    try {
      return { processed: await this.commands.execute(new ConfirmPayment(provider, headers, body)) };
    } catch (error) {
      if (!(error instanceof WebhookRejected)) throw error;
      // Never the body: it is the provider's data, and a forged one is someone's probe.
      this.logger.warn(`${provider} webhook refused: ${error.message}`);
      throw new RequestValidationFailed([{ field: error.header, message: error.message }]);
    }
  }
}
