import { AggregateRoot, newId } from '@promenade/ddd';
import { DealCreated } from '../contracts/deal-created.event';
import { DealWon } from '../contracts/deal-won.event';
import { DealLost } from '../contracts/deal-lost.event';

export interface DealState {
  id: string;
  version: number;
  createdAt: Date;
}

/** Deal: its rules live here, as methods that check them and raise events. */
export class Deal extends AggregateRoot {
  private constructor(private state: DealState) {
    super(state.id, state.version);
  }

  static create(now = new Date()): Deal {
    const deal = new Deal({ id: newId(), version: 0, createdAt: now });
    deal.apply(new DealCreated({ dealId: deal.id, createdAt: now.toISOString() }));
    return deal;
  }

  /** Rebuilds a stored deal; no rule is re-run and no event raised. */
  static restore(state: DealState): Deal {
    return new Deal({ ...state });
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  /** Win this deal. Check the rule that allows it here, before the event. */
  win(now = new Date()): void {
    this.apply(new DealWon({ dealId: this.id, wonAt: now.toISOString() }));
  }

  /** Lose this deal. Check the rule that allows it here, before the event. */
  lose(now = new Date()): void {
    this.apply(new DealLost({ dealId: this.id, lostAt: now.toISOString() }));
  }
}
