import { ReservationCreated } from '../../domain/events/reservation-created.event';
import { InMemoryReservationRepository } from '../testing/in-memory-reservation.repository';
import { CreateReservation } from './create-reservation.command';
import { CreateReservationHandler } from './create-reservation.handler';

describe('CreateReservationHandler', () => {
  it('saves a new reservation that raised ReservationCreated, and answers its id', async () => {
    const repository = new InMemoryReservationRepository();
    const id = await new CreateReservationHandler(repository).execute(new CreateReservation());
    expect(repository.all().map((reservation) => reservation.id)).toEqual([id]);
    expect(repository.published).toEqual([expect.any(ReservationCreated)]);
  });
});
