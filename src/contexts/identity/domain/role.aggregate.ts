import { AggregateRoot, newId } from '@promenade/ddd';
import { RoleCreated } from '../contracts/role-created.event';

export interface RoleState {
  id: string;
  version: number;
  createdAt: Date;
}

/** Role: its rules live here, as methods that check them and raise events. */
export class Role extends AggregateRoot {
  private constructor(private state: RoleState) {
    super(state.id, state.version);
  }

  static create(now = new Date()): Role {
    const role = new Role({ id: newId(), version: 0, createdAt: now });
    role.apply(new RoleCreated({ roleId: role.id, createdAt: now.toISOString() }));
    return role;
  }

  /** Rebuilds a stored role; no rule is re-run and no event raised. */
  static restore(state: RoleState): Role {
    return new Role({ ...state });
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }
}
