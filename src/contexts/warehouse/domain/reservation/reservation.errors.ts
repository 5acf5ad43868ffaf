import { domainError } from '@promenade/ddd';

export class ReservationNotFound extends domainError('RESERVATION_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`reservation ${id} does not exist`);
  }
}
