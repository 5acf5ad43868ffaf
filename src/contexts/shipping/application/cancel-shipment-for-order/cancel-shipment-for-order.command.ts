import { Command } from '@nestjs/cqrs';

/** The order is off: cancel its shipment if it is still held or pending (a shipped one stays shipped). */
export class CancelShipmentForOrder extends Command<void> {
  constructor(readonly orderId: string) {
    super();
  }
}
