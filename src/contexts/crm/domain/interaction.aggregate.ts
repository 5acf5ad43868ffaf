import { AggregateRoot, newId } from '@promenade/ddd';
import { InteractionCreated } from '../contracts/interaction-created.event';
import { InteractionEnded } from '../contracts/interaction-ended.event';

export interface InteractionState {
  id: string;
  version: number;
  createdAt: Date;
}

/** Interaction: its rules live here, as methods that check them and raise events. */
export class Interaction extends AggregateRoot {
  private constructor(private state: InteractionState) {
    super(state.id, state.version);
  }

  static create(now = new Date()): Interaction {
    const interaction = new Interaction({ id: newId(), version: 0, createdAt: now });
    interaction.apply(new InteractionCreated({ interactionId: interaction.id, createdAt: now.toISOString() }));
    return interaction;
  }

  /** Rebuilds a stored interaction; no rule is re-run and no event raised. */
  static restore(state: InteractionState): Interaction {
    return new Interaction({ ...state });
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  /** End this interaction. Check the rule that allows it here, before the event. */
  end(now = new Date()): void {
    this.apply(new InteractionEnded({ interactionId: this.id, endedAt: now.toISOString() }));
  }
}
