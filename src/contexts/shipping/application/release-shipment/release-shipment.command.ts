import { Command } from '@nestjs/cqrs';

/** Order X may ship: its held shipment becomes pending. Keyed by the order, as other contexts know it. */
export class ReleaseShipment extends Command<void> {
  constructor(readonly orderId: string) {
    super();
  }
}
