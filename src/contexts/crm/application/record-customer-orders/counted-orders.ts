export const COUNTED_ORDERS = Symbol('CountedOrders');

/** What CRM counts of an order on its customer: that it was placed, and that it was delivered. */
export type OrderFact = 'placed' | 'delivered';

/**
 * Which orders' placement and delivery were counted, and on which customer. Ordering's events may arrive late,
 * in any order, more than once (a redelivery, a dead-letter replay, the same order published again under a new
 * event id): the inbox stops only the same event id, this stops the same order.
 */
export interface CountedOrders {
  /**
   * Notes that `fact` of the order is counted on the customer, atomically (two deliveries at once: one wins), and
   * answers whether it is new: false when it was counted before, so there is nothing more to count.
   */
  count(orderId: string, customerId: string, fact: OrderFact, at: Date): Promise<boolean>;
}
