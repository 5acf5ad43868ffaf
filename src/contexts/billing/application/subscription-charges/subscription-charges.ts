import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { AppConfig } from '@promenade/config';
import { TransactionalCommandBus } from '@promenade/platform';
import { PaymentMethodNotFound, PaymentMethodUnusable } from '../../domain/payment-method/payment-method.errors';
import { InvoicePaymentOpen } from '../../domain/payment/payment.errors';
import { Plan } from '../../domain/plan/plan.aggregate';
import { DunningPolicy } from '../../domain/subscription/dunning-policy';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { ChargeInvoice } from '../charge-invoice/charge-invoice.command';
import { CreateInvoice } from '../create-invoice/create-invoice.command';
import { GetInvoice } from '../get-invoice/get-invoice.query';
import { IssueInvoice } from '../issue-invoice/issue-invoice.command';

/**
 * Bills a subscription's current period with the invoice and payment commands, in the caller's transaction, and
 * settles the subscription with the outcome. The period's invoice is named by its period (one per period, whatever
 * retries) and each attempt's charge by its own key, so a renewal or retry run twice is charged once.
 */
@Injectable()
export class SubscriptionCharges {
  readonly dunning: DunningPolicy;

  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
    config: AppConfig,
  ) {
    this.dunning = DunningPolicy.parse(config.BILLING_DUNNING_DAYS, config.BILLING_DUNNING_FINAL_STATUS);
  }

  /**
   * Invoices the current period at the plan's price of the day (no tax: plans carry none), issues and charges it, under
   * `chargeKey` when the caller has a steadier one than the subscription's own (the first charge: the request's).
   */
  async invoiceAndCharge(subscription: Subscription, plan: Plan, now: Date, chargeKey = subscription.chargeKey): Promise<void> {
    const period = `${day(subscription.currentPeriodStart)} – ${day(subscription.currentPeriodEnd)}`;
    const invoiceId = await this.commands.execute(
      new CreateInvoice({
        customerId: subscription.customerId,
        currency: plan.price.currency.code,
        lines: [{ description: `${plan.name} (${plan.code}), ${period}`, quantity: 1, unitPrice: plan.price.toJSON(), taxRate: 0 }],
        sourceReference: subscription.periodReference,
      }),
    );
    await this.commands.execute(new IssueInvoice(invoiceId));
    await this.charge(subscription, invoiceId, now, chargeKey);
  }

  /** Charges the period's invoice (a retry: the same one again) and settles the subscription. */
  async charge(subscription: Subscription, invoiceId: string, now: Date, chargeKey = subscription.chargeKey): Promise<void> {
    subscription.settleCharge(invoiceId, await this.collect(subscription, invoiceId, chargeKey), this.dunning, now);
  }

  /**
   * Whether the invoice is paid after this attempt. One paid meanwhile (a 3-D Secure confirmation or a reconciled
   * charge that came late) is not charged again; pending and requires_action are not paid yet, and a retry looks again.
   */
  private async collect(subscription: Subscription, invoiceId: string, chargeKey: string): Promise<boolean> {
    if ((await this.queries.execute(new GetInvoice(invoiceId))).status === 'paid') return true;
    try {
      const { status } = await this.commands.execute(new ChargeInvoice(invoiceId, subscription.paymentMethodId, chargeKey));
      return status === 'succeeded';
    } catch (error) {
      // The customer removed the method since, or it belongs to a provider no longer used: no charge is possible,
      // which dunning treats as a decline (the customer may pay the open invoice with another method meanwhile).
      if (error instanceof PaymentMethodNotFound || error instanceof PaymentMethodUnusable) return false;
      // An earlier attempt still waits for the provider or the customer: not paid yet, and never charged beside it.
      if (error instanceof InvoicePaymentOpen) return false;
      throw error;
    }
  }
}

const day = (time: Date) => time.toISOString().slice(0, 10);
