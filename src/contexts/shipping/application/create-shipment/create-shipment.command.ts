import { Command } from '@nestjs/cqrs';

/** Opens the held shipment of a placed order; does nothing if the order already has one. */
export class CreateShipment extends Command<void> {
  constructor(readonly orderId: string) {
    super();
  }
}
