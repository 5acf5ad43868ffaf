import { Command } from '@nestjs/cqrs';

export interface NewOrderLine {
  sku: string;
  quantity: number;
  unitPrice: { amount: number; currency: string };
}

/** Opens a draft order; answers the new order's id. */
export class CreateOrder extends Command<string> {
  constructor(
    readonly customerId: string,
    readonly currency: string,
    readonly lines: NewOrderLine[],
  ) {
    super();
  }
}
