import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { OrderPlacedContract } from '../../../ordering/contracts';
import { CustomerOrderRecorder } from '../record-customer-orders/customer-order-recorder';

/**
 * Where CRM meets Ordering's placed orders: the order counts on the CRM customer linked to the user who placed
 * it (Ordering's `customerId` is that Identity user, CRM's `userId`, never a CRM customer id), and its placement
 * time (when Ordering raised the event) may become the customer's `lastOrderAt`. Once per order; nothing for a
 * user linked to no customer.
 */
@EventHandler('crm.record-customer-order-on-order-placed', OrderPlacedContract)
export class RecordCustomerOrderOnOrderPlaced implements IEventHandler<OrderPlacedContract> {
  constructor(private readonly recorder: CustomerOrderRecorder) {}

  async handle({ payload: { orderId, customerId: userId }, metadata: { occurredAt } }: OrderPlacedContract): Promise<void> {
    await this.recorder.placed(userId, orderId, new Date(occurredAt));
  }
}
