import { Clock } from '../clock';

/** A clock a test sets and advances; it never moves on its own. */
export class ManualClock extends Clock {
  private current: Date;

  constructor(start: Date | string = '2026-01-01T00:00:00Z') {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date | string): void {
    this.current = new Date(to);
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}
