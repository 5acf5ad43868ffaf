import { Body, Controller, Get, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, Page } from '@promenade/ddd';
import { ApiProblems, IDEMPOTENCY_KEY_HEADER, RequireIdempotencyKey, UuidParam } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { CancelSubscription } from '../../application/cancel-subscription/cancel-subscription.command';
import { CreateSubscription } from '../../application/create-subscription/create-subscription.command';
import { GetSubscription } from '../../application/get-subscription/get-subscription.query';
import { ListSubscriptions } from '../../application/list-subscriptions/list-subscriptions.query';
import {
  InvoiceAmountInvalid,
  InvoiceCurrencyUnavailable,
  InvoiceDueDateInvalid,
  InvoiceEmpty,
  InvoiceLineCurrencyMismatch,
  InvoiceNotDraft,
  InvoiceNotPayable,
  InvoiceSourceReferenceTaken,
  PaymentExceedsBalance,
} from '../../domain/invoice/invoice.errors';
import { PaymentMethodNotFound, PaymentMethodUnusable } from '../../domain/payment-method/payment-method.errors';
import {
  CapturedPaymentUnrecorded,
  InvoicePaymentOpen,
  PaymentAlreadySettled,
  PaymentAmountInvalid,
  PaymentCurrencyMismatch,
} from '../../domain/payment/payment.errors';
import { PlanInactive, PlanNotFound } from '../../domain/plan/plan.errors';
import { SubscriptionAlreadyExists, SubscriptionNotCancelable, SubscriptionNotFound } from '../../domain/subscription/subscription.errors';
import { CancelSubscriptionRequest } from './cancel-subscription.request';
import { CreateSubscriptionRequest } from './create-subscription.request';
import { ListSubscriptionsRequest } from './list-subscriptions.request';
import { SubscriptionPage, SubscriptionResponse } from './subscription.response';

/**
 * HTTP ⇄ commands and queries for subscriptions; each change answers with the subscription as it now is. A caller
 * without the `:any` permission reaches only their own: another customer's subscription answers 404 like a missing one.
 * Renewals and dunning retries have no route: the transport's scheduler delivers them.
 */
@ApiTags('billing')
@Controller('billing/subscriptions')
export class SubscriptionsController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('subscriptions:write')
  @RequireIdempotencyKey()
  @ApiOperation({
    summary: 'Subscribe to a plan',
    description:
      'With a trial, trialing until it ends. Without, the first period is invoiced and charged at once: paid, `active`; not paid (declined, awaiting 3-D Secure or the provider), `past_due` and retried on the dunning schedule. ' +
      'Idempotency-Key is required: a retry never subscribes nor charges twice. A customer holds one subscription per plan that has not ended.',
  })
  @ApiCreatedResponse({ type: SubscriptionResponse })
  @ApiProblems(
    400,
    PlanNotFound,
    PlanInactive,
    SubscriptionAlreadyExists,
    PaymentMethodNotFound,
    PaymentMethodUnusable,
    // What invoicing and charging the first period may raise:
    InvoiceCurrencyUnavailable,
    InvoiceSourceReferenceTaken,
    InvoiceLineCurrencyMismatch,
    InvoiceDueDateInvalid,
    InvoiceNotDraft,
    InvoiceEmpty,
    InvoiceNotPayable,
    InvoiceAmountInvalid,
    PaymentExceedsBalance,
    PaymentAmountInvalid,
    PaymentCurrencyMismatch,
    PaymentAlreadySettled,
    InvoicePaymentOpen,
    CapturedPaymentUnrecorded,
  )
  async createSubscription(
    @CurrentPrincipal() caller: Principal,
    @Headers(IDEMPOTENCY_KEY_HEADER.toLowerCase()) requestKey: string,
    @Body() body: CreateSubscriptionRequest,
  ): Promise<SubscriptionResponse> {
    const customerId = caller.actFor('subscriptions:write', body.customerId);
    const id = await this.commands.execute(new CreateSubscription(customerId, body.planCode, body.paymentMethodId, requestKey));
    return this.read(id, caller.ownerScope('subscriptions:write'));
  }

  @Get()
  @RequirePermission('subscriptions:read')
  @ApiOperation({
    summary: 'List subscriptions, newest first',
    description: "Only the caller's own subscriptions unless they hold `subscriptions:read:any`.",
  })
  @ApiOkResponse({ type: SubscriptionPage })
  @ApiProblems(400)
  async listSubscriptions(
    @CurrentPrincipal() caller: Principal,
    @Query() query: ListSubscriptionsRequest,
  ): Promise<Page<SubscriptionResponse>> {
    const filter = {
      customerId: caller.ownerScope('subscriptions:read', query.customerId),
      status: query.status,
      planCode: query.planCode,
    };
    const page = await this.queries.execute(
      new ListSubscriptions(filter, query.page, query.limit, caller.ownerScope('subscriptions:read')),
    );
    return { ...page, items: page.items.map(SubscriptionResponse.from) };
  }

  @Get(':id')
  @RequirePermission('subscriptions:read')
  @ApiOperation({
    summary: 'Get a subscription',
    description: "Another customer's subscription is not found unless the caller holds `subscriptions:read:any`.",
  })
  @ApiOkResponse({ type: SubscriptionResponse })
  @ApiProblems(400, SubscriptionNotFound)
  getSubscription(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<SubscriptionResponse> {
    return this.read(id, caller.ownerScope('subscriptions:read'));
  }

  @Post(':id/cancel')
  @RequirePermission('subscriptions:write')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Cancel a subscription, now or at its period end',
    description:
      'Now: canceled at once, nothing refunded for the rest of the period (no proration); publishes billing.subscription-canceled. At period end: it ends then instead of renewing (asking again changes nothing).',
  })
  @ApiOkResponse({ type: SubscriptionResponse })
  @ApiProblems(400, SubscriptionNotFound, SubscriptionNotCancelable, ConcurrencyConflict)
  async cancelSubscription(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Body() body: CancelSubscriptionRequest,
  ): Promise<SubscriptionResponse> {
    const ownerId = caller.ownerScope('subscriptions:write');
    await this.commands.execute(new CancelSubscription(id, body.atPeriodEnd, ownerId));
    return this.read(id, ownerId);
  }

  /** The subscription as it now is, within the same owner scope the route used. */
  private async read(id: string, ownerId: string | undefined): Promise<SubscriptionResponse> {
    return SubscriptionResponse.from(await this.queries.execute(new GetSubscription(id, ownerId)));
  }
}
