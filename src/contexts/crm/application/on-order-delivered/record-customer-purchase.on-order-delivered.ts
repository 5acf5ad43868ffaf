import { IEventHandler } from '@nestjs/cqrs';
import { Money } from '@promenade/ddd';
import { EventHandler } from '@promenade/messaging';
import { OrderDeliveredContract } from '../../../ordering/contracts';
import { CustomerOrderRecorder } from '../record-customer-orders/customer-order-recorder';

/**
 * Where CRM meets Ordering's delivered orders: the order's total adds to the lifetime value of the CRM customer
 * linked to the user who placed it (Ordering's `customerId` is that Identity user, CRM's `userId`), and a first
 * delivery converts a prospect (Customer.recordOrderDelivered). Once per order; nothing for a user linked to no
 * customer.
 */
@EventHandler('crm.record-customer-purchase-on-order-delivered', OrderDeliveredContract)
export class RecordCustomerPurchaseOnOrderDelivered implements IEventHandler<OrderDeliveredContract> {
  constructor(private readonly recorder: CustomerOrderRecorder) {}

  async handle({ payload: { orderId, customerId: userId, currency, total, deliveredAt } }: OrderDeliveredContract): Promise<void> {
    await this.recorder.delivered(userId, orderId, Money.of(total, currency), new Date(deliveredAt));
  }
}
