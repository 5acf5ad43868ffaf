import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock, SystemClock } from '@promenade/ddd';
import { UnavailableCurrenciesTypeOrmStore } from '@promenade/persistence';
import { INVOICE_REPOSITORY } from './domain/invoice/invoice.repository';
import { InvoiceModel } from './infrastructure/persistence/invoice.model';
import { InvoiceTypeOrmRepository } from './infrastructure/persistence/invoice.typeorm-repository';
import { PAYMENT_REPOSITORY } from './domain/payment/payment.repository';
import { PaymentModel } from './infrastructure/persistence/payment.model';
import { PaymentTypeOrmRepository } from './infrastructure/persistence/payment.typeorm-repository';
import { PAYMENT_METHOD_REPOSITORY } from './domain/payment-method/payment-method.repository';
import { PaymentMethodModel } from './infrastructure/persistence/payment-method.model';
import { PaymentMethodTypeOrmRepository } from './infrastructure/persistence/payment-method.typeorm-repository';
import { PLAN_REPOSITORY } from './domain/plan/plan.repository';
import { PlanModel } from './infrastructure/persistence/plan.model';
import { PlanTypeOrmRepository } from './infrastructure/persistence/plan.typeorm-repository';
import { SUBSCRIPTION_REPOSITORY } from './domain/subscription/subscription.repository';
import { SubscriptionModel } from './infrastructure/persistence/subscription.model';
import { SubscriptionTypeOrmRepository } from './infrastructure/persistence/subscription.typeorm-repository';
import { CreateInvoiceHandler } from './application/create-invoice/create-invoice.handler';
import { InvoicesController } from './infrastructure/http/invoices.controller';
import { IssueInvoiceHandler } from './application/issue-invoice/issue-invoice.handler';
import { IssueCreditNoteHandler } from './application/issue-credit-note/issue-credit-note.handler';
import { InvoiceOrderHandler } from './application/invoice-order/invoice-order.handler';
import { ListInvoicesHandler } from './application/list-invoices/list-invoices.handler';
import { InvoicePdfRenderer } from './infrastructure/http/invoice-pdf.renderer';
import { RefuseCurrencyOnCurrencyDeactivated } from './application/on-currency-deactivated/refuse-currency.on-currency-deactivated';
import { AcceptCurrencyOnCurrencyActivated } from './application/on-currency-activated/accept-currency.on-currency-activated';
import { INVOICE_NUMBERING } from './domain/invoice/invoice-numbering';
import { InvoiceNumberingTypeOrm } from './infrastructure/persistence/invoice-numbering.typeorm';
import { UpdateInvoiceHandler } from './application/update-invoice/update-invoice.handler';
import { CreatePaymentHandler } from './application/create-payment/create-payment.handler';
import { PaymentsController } from './infrastructure/http/payments.controller';
import { RefundPaymentHandler } from './application/refund-payment/refund-payment.handler';
import { ConfirmPaymentHandler } from './application/confirm-payment/confirm-payment.handler';
import { CreatePaymentMethodHandler } from './application/create-payment-method/create-payment-method.handler';
import { PaymentMethodsController } from './infrastructure/http/payment-methods.controller';
import { WebhooksController } from './infrastructure/http/webhooks.controller';
import { ChargeInvoiceHandler } from './application/charge-invoice/charge-invoice.handler';
import { ReconcilePaymentHandler } from './application/reconcile-payment/reconcile-payment.handler';
import { ReconcilePaymentOnPaymentReconciliationDue } from './application/on-payment-reconciliation-due/reconcile-payment.on-payment-reconciliation-due';
import { ListPaymentsHandler } from './application/list-payments/list-payments.handler';
import { GetPaymentMethodHandler } from './application/get-payment-method/get-payment-method.handler';
import { ListPaymentMethodsHandler } from './application/list-payment-methods/list-payment-methods.handler';
import { WEBHOOK_EVENT_LOG } from './domain/payment/webhook-event-log';
import { WebhookEventsTypeOrmStore } from './infrastructure/persistence/webhook-events.typeorm-store';
import { paymentProviderProviders } from './infrastructure/payments/payment-provider.providers';
import { CreatePlanHandler } from './application/create-plan/create-plan.handler';
import { PlansController } from './infrastructure/http/plans.controller';
import { UpdatePlanHandler } from './application/update-plan/update-plan.handler';
import { CreateSubscriptionHandler } from './application/create-subscription/create-subscription.handler';
import { SubscriptionsController } from './infrastructure/http/subscriptions.controller';
import { CancelSubscriptionHandler } from './application/cancel-subscription/cancel-subscription.handler';
import { RenewSubscriptionHandler } from './application/renew-subscription/renew-subscription.handler';
import { GetInvoiceHandler } from './application/get-invoice/get-invoice.handler';
import { GetPaymentHandler } from './application/get-payment/get-payment.handler';
import { GetSubscriptionHandler } from './application/get-subscription/get-subscription.handler';
import { ListSubscriptionsHandler } from './application/list-subscriptions/list-subscriptions.handler';
import { RetrySubscriptionChargeHandler } from './application/retry-subscription-charge/retry-subscription-charge.handler';
import { SubscriptionCharges } from './application/subscription-charges/subscription-charges';
import { GetPlanHandler } from './application/get-plan/get-plan.handler';
import { ListPlansHandler } from './application/list-plans/list-plans.handler';
import { VoidInvoiceHandler } from './application/void-invoice/void-invoice.handler';
import { DeletePaymentMethodHandler } from './application/delete-payment-method/delete-payment-method.handler';
import { PublishInvoiceIssued } from './application/publications/publish-invoice-issued';
import { PublishInvoicePaid } from './application/publications/publish-invoice-paid';
import { PublishInvoiceVoided } from './application/publications/publish-invoice-voided';
import { PublishCreditNoteIssued } from './application/publications/publish-credit-note-issued';
import { PublishPaymentSucceeded } from './application/publications/publish-payment-succeeded';
import { PublishPaymentFailed } from './application/publications/publish-payment-failed';
import { PublishPaymentRefunded } from './application/publications/publish-payment-refunded';
import { PublishSubscriptionStarted } from './application/publications/publish-subscription-started';
import { PublishSubscriptionRenewed } from './application/publications/publish-subscription-renewed';
import { PublishSubscriptionPastDue } from './application/publications/publish-subscription-past-due';
import { PublishSubscriptionCanceled } from './application/publications/publish-subscription-canceled';
import { RenewSubscriptionOnSubscriptionPeriodEnded } from './application/on-subscription-period-ended/renew-subscription.on-subscription-period-ended';
import { RetrySubscriptionChargeOnSubscriptionChargeRetryDue } from './application/on-subscription-charge-retry-due/retry-subscription-charge.on-subscription-charge-retry-due';
import { RecordRefusedChargeHandler } from './application/record-refused-charge/record-refused-charge.handler';
import { RefundInvoiceHandler } from './application/refund-invoice/refund-invoice.handler';
import { InvoiceOrderOnMessage } from './application/invoice-order/invoice-order.on-message';
import { ChargeInvoiceOnMessage } from './application/charge-invoice/charge-invoice.on-message';
import { VoidInvoiceOnMessage } from './application/void-invoice/void-invoice.on-message';
import { RefundInvoiceOnMessage } from './application/refund-invoice/refund-invoice.on-message';

/** What every part of the context uses: one clock, so tests move time for all of it at once. */
const shared = [{ provide: Clock, useClass: SystemClock }];

const invoiceProviders = [
  { provide: INVOICE_REPOSITORY, useClass: InvoiceTypeOrmRepository },
  { provide: INVOICE_NUMBERING, useClass: InvoiceNumberingTypeOrm },
  UnavailableCurrenciesTypeOrmStore.in('billing'),
  CreateInvoiceHandler,
  IssueInvoiceHandler,
  IssueCreditNoteHandler,
  InvoiceOrderHandler,
  ListInvoicesHandler,
  InvoicePdfRenderer,
  RefuseCurrencyOnCurrencyDeactivated,
  AcceptCurrencyOnCurrencyActivated,
  UpdateInvoiceHandler,
  GetInvoiceHandler,
  VoidInvoiceHandler,
];

const paymentProviders = [
  { provide: PAYMENT_REPOSITORY, useClass: PaymentTypeOrmRepository },
  { provide: WEBHOOK_EVENT_LOG, useClass: WebhookEventsTypeOrmStore },
  ...paymentProviderProviders,
  ChargeInvoiceHandler,
  RecordRefusedChargeHandler,
  CreatePaymentHandler,
  RefundPaymentHandler,
  RefundInvoiceHandler,
  ConfirmPaymentHandler,
  ReconcilePaymentHandler,
  ReconcilePaymentOnPaymentReconciliationDue,
  GetPaymentHandler,
  ListPaymentsHandler,
];

const paymentMethodProviders = [
  { provide: PAYMENT_METHOD_REPOSITORY, useClass: PaymentMethodTypeOrmRepository },
  CreatePaymentMethodHandler,
  DeletePaymentMethodHandler,
  GetPaymentMethodHandler,
  ListPaymentMethodsHandler,
];

const planProviders = [
  { provide: PLAN_REPOSITORY, useClass: PlanTypeOrmRepository },
  CreatePlanHandler,
  UpdatePlanHandler,
  GetPlanHandler,
  ListPlansHandler,
];

const subscriptionProviders = [
  { provide: SUBSCRIPTION_REPOSITORY, useClass: SubscriptionTypeOrmRepository },
  CreateSubscriptionHandler,
  CancelSubscriptionHandler,
  SubscriptionCharges,
  RenewSubscriptionHandler,
  RetrySubscriptionChargeHandler,
  GetSubscriptionHandler,
  ListSubscriptionsHandler,
];

const publications = [
  PublishInvoiceIssued,
  PublishInvoicePaid,
  PublishInvoiceVoided,
  PublishCreditNoteIssued,
  PublishPaymentSucceeded,
  PublishPaymentFailed,
  PublishPaymentRefunded,
  PublishSubscriptionStarted,
  PublishSubscriptionRenewed,
  PublishSubscriptionPastDue,
  PublishSubscriptionCanceled,
];

const reactions = [RenewSubscriptionOnSubscriptionPeriodEnded, RetrySubscriptionChargeOnSubscriptionChargeRetryDue];

/** The commands other contexts send as messages (contracts/*.message.ts), each onto its internal command. */
const acceptedMessages = [InvoiceOrderOnMessage, ChargeInvoiceOnMessage, VoidInvoiceOnMessage, RefundInvoiceOnMessage];

/** Billing: owns the "billing" schema; other contexts see only its contracts/. */
@Module({
  imports: [TypeOrmModule.forFeature([InvoiceModel, PaymentModel, PaymentMethodModel, PlanModel, SubscriptionModel])],
  controllers: [
    InvoicesController,
    PaymentsController,
    PaymentMethodsController,
    WebhooksController,
    PlansController,
    SubscriptionsController,
  ],
  providers: [
    ...shared,
    ...invoiceProviders,
    ...paymentProviders,
    ...paymentMethodProviders,
    ...planProviders,
    ...subscriptionProviders,
    ...publications,
    ...reactions,
    ...acceptedMessages,
  ],
})
export class BillingModule {}
