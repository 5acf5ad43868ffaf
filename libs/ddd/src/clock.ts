/**
 * The time as the application reads it. Handlers take it from here (aggregates take `now` as an argument), so
 * tests move time instead of waiting: a renewal due in a month is a `ManualClock.advance` away.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
