import { QueryBus } from '@nestjs/cqrs';
import { AppConfig } from '@promenade/config';
import { ManualClock } from '@promenade/ddd';
import { TransactionalCommandBus } from '@promenade/platform';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';
import { PaymentStatus } from '../../domain/payment/payment-status';
import { ChargeInvoice, ChargeInvoiceResult } from '../charge-invoice/charge-invoice.command';
import { CreateInvoice } from '../create-invoice/create-invoice.command';
import { GetInvoice } from '../get-invoice/get-invoice.query';
import { SubscriptionCharges } from '../subscription-charges/subscription-charges';
import { InMemoryPaymentMethodRepository } from './in-memory-payment-method.repository';
import { InMemoryPlanRepository } from './in-memory-plan.repository';
import { InMemorySubscriptionRepository } from './in-memory-subscription.repository';
import { CUSTOMER } from './subscription-fixtures';

/**
 * What the subscription handlers work with, in memory: the stores, a ManualClock, and invoice and payment commands
 * stood in for by a bus that records each command. Invoices are numbered `invoice-1`, `invoice-2`…; each charge answers
 * the next of `chargeOutcomes` (an error is thrown), then `succeeded`. An invoice in `paidInvoices` reads as paid.
 */
export class SubscriptionBillingFixture {
  readonly clock = new ManualClock('2026-01-31T10:00:00.000Z');
  readonly plans = new InMemoryPlanRepository();
  readonly subscriptions = new InMemorySubscriptionRepository();
  readonly paymentMethods = new InMemoryPaymentMethodRepository();
  readonly sent: object[] = [];
  readonly chargeOutcomes: Array<PaymentStatus | Error> = [];
  readonly paidInvoices = new Set<string>();
  readonly charges: SubscriptionCharges;

  constructor(config: Partial<Pick<AppConfig, 'BILLING_DUNNING_DAYS' | 'BILLING_DUNNING_FINAL_STATUS'>> = {}) {
    const commands = { execute: (command: object) => this.answer(command) } as unknown as TransactionalCommandBus;
    const queries = {
      execute: async ({ invoiceId }: GetInvoice) => ({ status: this.paidInvoices.has(invoiceId) ? 'paid' : 'issued' }),
    } as unknown as QueryBus;
    this.charges = new SubscriptionCharges(commands, queries, Object.assign(new AppConfig(), config));
  }

  /** A card of CUSTOMER (or `customerId`), stored; answers its id. */
  async aCard(customerId = CUSTOMER): Promise<string> {
    const card = PaymentMethod.create({ customerId, provider: 'sandbox', token: 'pm_card_ok', label: 'Visa' }, this.clock.now());
    await this.paymentMethods.save(card);
    return card.id;
  }

  sentOf<T extends object>(type: new (...args: never[]) => T): T[] {
    return this.sent.filter((command): command is T => command instanceof type);
  }

  /** The names of the events the subscriptions store published, in order, and forgets them. */
  takePublished(): string[] {
    return this.subscriptions.published.splice(0).map((event) => event.eventName);
  }

  private async answer(command: object): Promise<unknown> {
    this.sent.push(command);
    if (command instanceof CreateInvoice) return `invoice-${this.sentOf(CreateInvoice).length}`;
    if (command instanceof ChargeInvoice) {
      const outcome = this.chargeOutcomes.shift() ?? 'succeeded';
      if (outcome instanceof Error) throw outcome;
      const paymentId = `payment-${this.sentOf(ChargeInvoice).length}`;
      return { paymentId, status: outcome, failureReason: outcome === 'failed' ? 'card_declined' : null } satisfies ChargeInvoiceResult;
    }
    return 'INV-2026-000001';
  }
}
