import { Command } from '@nestjs/cqrs';

export class DeliverShipment extends Command<void> {
  constructor(readonly shipmentId: string) {
    super();
  }
}
