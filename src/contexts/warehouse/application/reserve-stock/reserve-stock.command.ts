import { Command } from '@nestjs/cqrs';

export interface ReserveStockLine {
  /** Any case: normalised as products are. */
  sku: string;
  /** In the product's unit of measure. */
  quantity: number;
}

/**
 * "Reserve stock for order X", all or nothing; answers the reservation's id. Idempotent per order: a repeat answers
 * the reservation the first one made, and a failed one is tried again. A line that cannot be held (unknown or
 * discontinued product, too little available) is not an error here: the reservation is recorded as failed, with its
 * event, and the caller reads its status (HTTP answers 404, 409; a message's sender learns it from the event).
 */
export class ReserveStock extends Command<string> {
  constructor(
    readonly orderId: string,
    readonly lines: ReserveStockLine[],
  ) {
    super();
  }
}
