import { AggregateRoot, newId } from '@promenade/ddd';
import { UserCreated } from '../contracts/user-created.event';
import { UserSuspended } from '../contracts/user-suspended.event';
import { UserBanned } from '../contracts/user-banned.event';
import { UserActivated } from '../contracts/user-activated.event';
import { UserUnlocked } from '../contracts/user-unlocked.event';

export interface UserState {
  id: string;
  version: number;
  createdAt: Date;
}

/** User: its rules live here, as methods that check them and raise events. */
export class User extends AggregateRoot {
  private constructor(private state: UserState) {
    super(state.id, state.version);
  }

  static create(now = new Date()): User {
    const user = new User({ id: newId(), version: 0, createdAt: now });
    user.apply(new UserCreated({ userId: user.id, createdAt: now.toISOString() }));
    return user;
  }

  /** Rebuilds a stored user; no rule is re-run and no event raised. */
  static restore(state: UserState): User {
    return new User({ ...state });
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  /** Suspend this user. Check the rule that allows it here, before the event. */
  suspend(now = new Date()): void {
    this.apply(new UserSuspended({ userId: this.id, suspendedAt: now.toISOString() }));
  }

  /** Ban this user. Check the rule that allows it here, before the event. */
  ban(now = new Date()): void {
    this.apply(new UserBanned({ userId: this.id, bannedAt: now.toISOString() }));
  }

  /** Activate this user. Check the rule that allows it here, before the event. */
  activate(now = new Date()): void {
    this.apply(new UserActivated({ userId: this.id, activatedAt: now.toISOString() }));
  }

  /** Unlock this user. Check the rule that allows it here, before the event. */
  unlock(now = new Date()): void {
    this.apply(new UserUnlocked({ userId: this.id, unlockedAt: now.toISOString() }));
  }
}
