import { Command } from '@nestjs/cqrs';

export class ShipShipment extends Command<void> {
  constructor(
    readonly shipmentId: string,
    readonly carrier: string,
    readonly trackingNumber: string,
  ) {
    super();
  }
}
