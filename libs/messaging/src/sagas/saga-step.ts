import { DomainEvent } from '@promenade/ddd';
import { SagaActions, SagaDefinition } from './saga-definition';

/** Where a step starts from: the saga as read (or as its start makes it). */
export interface SagaStepStart<D, S extends string, Step extends string> {
  id: string;
  state: S;
  data: D;
  completedSteps: Step[];
  now: Date;
}

/** The actions a trigger's `then` calls, recorded for the decision to apply; nothing here touches storage. */
export class SagaStep<D, S extends string, Step extends string> implements SagaActions<D, S, Step> {
  readonly id: string;
  state: S;
  data: D;
  completedSteps: Step[];
  /** Whether `moveTo` ran: only then is the state's timeout scheduled anew. */
  moved = false;
  readonly messages: DomainEvent[] = [];
  readonly keys: string[] = [];
  private readonly at: Date;

  constructor(
    private readonly definition: SagaDefinition<D, S, Step>,
    start: SagaStepStart<D, S, Step>,
  ) {
    this.id = start.id;
    this.state = start.state;
    this.data = start.data;
    this.completedSteps = [...start.completedSteps];
    this.at = start.now;
  }

  get now(): Date {
    return new Date(this.at);
  }

  set(patch: Partial<D>): void {
    this.data = { ...this.data, ...patch };
  }

  moveTo(state: S): void {
    this.state = state;
    this.moved = true;
  }

  send(...messages: DomainEvent[]): void {
    this.messages.push(...messages);
  }

  completed(step: Step): void {
    if (!this.completedSteps.includes(step)) this.completedSteps.push(step);
  }

  compensate(): void {
    for (const step of [...this.completedSteps].reverse()) {
      const compensation = this.definition.compensations[step];
      if (!compensation) throw new Error(`saga ${this.definition.type} has no compensation for step "${step}"`);
      this.messages.push(...compensation(this.data));
    }
    this.completedSteps = [];
  }

  forget(step: Step): void {
    this.completedSteps = this.completedSteps.filter((done) => done !== step);
  }

  associate(key: string): void {
    const checked = checkedKey(this.definition.type, key);
    if (!this.keys.includes(checked)) this.keys.push(checked);
  }
}

/** A correlation key as `saga_keys.key` holds it; anything else is a fault of the saga's declaration, not of the event. */
export function checkedKey(type: string, key: string): string {
  if (typeof key !== 'string' || key.length === 0 || key.length > 200) {
    throw new Error(`saga ${type}: a correlation key must be a string of 1 to 200 characters, got ${JSON.stringify(key)}`);
  }
  return key;
}
