import { AggregateRoot, newId } from '@promenade/ddd';
import { ProfileCreated } from '../contracts/profile-created.event';

export interface ProfileState {
  id: string;
  version: number;
  createdAt: Date;
}

/** Profile: its rules live here, as methods that check them and raise events. */
export class Profile extends AggregateRoot {
  private constructor(private state: ProfileState) {
    super(state.id, state.version);
  }

  static create(now = new Date()): Profile {
    const profile = new Profile({ id: newId(), version: 0, createdAt: now });
    profile.apply(new ProfileCreated({ profileId: profile.id, createdAt: now.toISOString() }));
    return profile;
  }

  /** Rebuilds a stored profile; no rule is re-run and no event raised. */
  static restore(state: ProfileState): Profile {
    return new Profile({ ...state });
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }
}
