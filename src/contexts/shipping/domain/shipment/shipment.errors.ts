import { domainError } from '@promenade/ddd';
import { ShipmentStatus } from './shipment-status';

export class ShipmentNotFound extends domainError('SHIPMENT_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`shipment ${id} does not exist`);
  }
}

export class ShipmentInvalidTransition extends domainError('SHIPMENT_INVALID_TRANSITION', 'conflict') {
  constructor(id: string, from: ShipmentStatus, to: ShipmentStatus) {
    super(`shipment ${id} is ${from}; it cannot become ${to}`);
  }
}

export class ShipmentTrackingInvalid extends domainError('SHIPMENT_TRACKING_INVALID', 'invalid') {}

/** A held shipment waits for its order's go-ahead (stock held, payment taken): only a released one is handed to a carrier. */
export class ShipmentNotReleased extends domainError('SHIPMENT_NOT_RELEASED', 'conflict') {
  constructor(id: string) {
    super(`shipment ${id} is held: it ships once its order releases it`);
  }
}
