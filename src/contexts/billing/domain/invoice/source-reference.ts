/**
 * The namespaces of the source references Billing makes itself: an order's (`order:<orderId>`) and a subscription
 * period's (`subscription:<id>:<periodStart>`, made by the Subscription). POST /invoices refuses them in a client's
 * free text, so a command that finds an invoice by such a reference finds only one Billing made.
 */
export const RESERVED_SOURCE_REFERENCE_PREFIXES = ['order:', 'subscription:'] as const;

/** The source reference of an order's invoice. */
export function orderReference(orderId: string): string {
  return `order:${orderId}`;
}
