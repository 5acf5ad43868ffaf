import { domainError } from '@promenade/ddd';
import { ReservationStatus } from './reservation-status';

export class ReservationNotFound extends domainError('RESERVATION_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`reservation ${id} does not exist`);
  }
}

export class ReservationNotHeld extends domainError('RESERVATION_NOT_HELD', 'conflict') {
  constructor(id: string, status: ReservationStatus, action: string) {
    super(`reservation ${id} is ${status}; only a held reservation can be ${action}`);
  }
}

/** Lines a reservation cannot be made of: none at all, or one SKU twice. */
export class ReservationLinesInvalid extends domainError('RESERVATION_LINES_INVALID', 'invalid') {}
