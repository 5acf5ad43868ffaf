import { Inject, Injectable, Logger } from '@nestjs/common';
import { Money } from '@promenade/ddd';
import { Customer } from '../../domain/customer/customer.aggregate';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { COUNTED_ORDERS, CountedOrders, OrderFact } from './counted-orders';

/**
 * Counts an Identity user's orders on the CRM customer linked to that user. Each fact of an order (placed,
 * delivered) is counted once, and what it adds (a count, a sum, the latest time) does not depend on the order in
 * which the facts arrive; so late, repeated and reordered events all end in the same customer. Runs in the
 * delivery's transaction, which holds the customer's row from the read to the commit: deliveries about one user
 * take turns instead of failing on the version (the count is written, or rolled back, with the customer).
 */
@Injectable()
export class CustomerOrderRecorder {
  private readonly logger = new Logger(CustomerOrderRecorder.name);

  constructor(
    @Inject(COUNTED_ORDERS) private readonly counted: CountedOrders,
    @Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository,
  ) {}

  async placed(userId: string, orderId: string, placedAt: Date): Promise<void> {
    await this.record(userId, orderId, 'placed', placedAt, (customer) => customer.recordOrderPlaced(placedAt));
  }

  async delivered(userId: string, orderId: string, total: Money, deliveredAt: Date): Promise<void> {
    await this.record(userId, orderId, 'delivered', deliveredAt, (customer) => customer.recordOrderDelivered(total, deliveredAt));
  }

  private async record(userId: string, orderId: string, fact: OrderFact, at: Date, apply: (customer: Customer) => void): Promise<void> {
    const customer = await this.customers.lockLinkedToUser(userId);
    if (!customer || customer.isDeleted) {
      // Not every user is someone's customer (staff, a sign-up whose address waits for verification): nothing to count on.
      this.logger.debug(`order ${orderId} ${fact}: user ${userId} is linked to no live CRM customer; not counted`);
      return;
    }
    if (!(await this.counted.count(orderId, customer.id, fact, at))) {
      this.logger.debug(`order ${orderId} ${fact}: already counted on customer ${customer.id}`);
      return;
    }
    apply(customer);
    await this.customers.save(customer);
  }
}
