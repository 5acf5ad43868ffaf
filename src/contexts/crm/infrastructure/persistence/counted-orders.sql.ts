import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@promenade/persistence';
import { CountedOrders, OrderFact } from '../../application/record-customer-orders/counted-orders';

const COLUMN: Record<OrderFact, string> = { placed: 'placed_at', delivered: 'delivered_at' };

/**
 * crm.customer_orders, one row per order: a fact is new only when its column was empty. A concurrent delivery of
 * the same order waits on the row (the primary key) and then sees it set.
 */
@Injectable()
export class CountedOrdersSql implements CountedOrders {
  constructor(private readonly uow: UnitOfWork) {}

  async count(orderId: string, customerId: string, fact: OrderFact, at: Date): Promise<boolean> {
    const column = COLUMN[fact];
    const rows: unknown[] = await this.uow.manager.query(
      `INSERT INTO crm.customer_orders AS o (order_id, customer_id, ${column}) VALUES ($1, $2, $3)
       ON CONFLICT (order_id) DO UPDATE SET ${column} = excluded.${column} WHERE o.${column} IS NULL
       RETURNING order_id`,
      [orderId, customerId, at],
    );
    return rows.length > 0;
  }
}
