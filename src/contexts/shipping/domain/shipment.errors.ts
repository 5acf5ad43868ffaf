import { DomainError } from '@promenade/ddd';
import { ShipmentStatus } from './shipment-status';

export class ShipmentNotFound extends DomainError {
  readonly code = 'SHIPMENT_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`shipment ${id} does not exist`);
  }
}

export class ShipmentInvalidTransition extends DomainError {
  readonly code = 'SHIPMENT_INVALID_TRANSITION';
  readonly kind = 'conflict';
  constructor(id: string, from: ShipmentStatus, to: ShipmentStatus) {
    super(`shipment ${id} is ${from}; it cannot become ${to}`);
  }
}

export class ShipmentTrackingInvalid extends DomainError {
  readonly code = 'SHIPMENT_TRACKING_INVALID';
  readonly kind = 'invalid';
}
