import { CountedOrders, OrderFact } from '../record-customer-orders/counted-orders';

/** A unit-test stand-in for crm.customer_orders: a fact of an order is counted once, as the SQL upsert does. */
export class InMemoryCountedOrders implements CountedOrders {
  private readonly counted = new Set<string>();

  async count(orderId: string, _customerId: string, fact: OrderFact): Promise<boolean> {
    const key = `${orderId}:${fact}`;
    if (this.counted.has(key)) return false;
    this.counted.add(key);
    return true;
  }
}
