import { Quantity } from '../../domain/quantity';
import { Reservation } from '../../domain/reservation/reservation.aggregate';
import { InMemoryReservationRepository } from '../testing/in-memory-reservation.repository';
import { GetReservation } from './get-reservation.query';
import { GetReservationHandler } from './get-reservation.handler';

describe('GetReservationHandler', () => {
  const stored = Reservation.reserve(
    '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
    [{ sku: 'MUG', quantity: 1, product: { unit: 'each', isDiscontinued: false } }],
    [{ sku: 'MUG', warehouseCode: 'KBP-1', available: Quantity.of(5, 'each') }],
    new Date('2026-01-01T10:30:00Z'),
  );
  const handler = new GetReservationHandler(new InMemoryReservationRepository().seed(stored));

  it('answers the stored reservation', async () => {
    expect((await handler.execute(new GetReservation(stored.id))).snapshot()).toEqual(stored.snapshot());
  });

  it('refuses an unknown id with RESERVATION_NOT_FOUND', async () => {
    await expect(handler.execute(new GetReservation('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({
      code: 'RESERVATION_NOT_FOUND',
    });
  });
});
