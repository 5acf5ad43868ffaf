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
