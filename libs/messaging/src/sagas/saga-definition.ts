import { AppConfig } from '@promenade/config';
import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { RegisteredEventType } from '../event-registry';
import { SagaTimeoutDueType, sagaTimeoutEvent } from './saga-timeout-due';

/** An event class a saga takes: registered by name and version, rebuilt from its envelope as an `E`. */
export interface SagaEventType<E extends DomainEvent = DomainEvent> {
  readonly eventName: string;
  readonly eventVersion: number;
  new (payload: never, metadata?: Partial<EventMetadata>): E;
}

/** What a step of a saga may do; it only records: the runner (or the harness) applies it all at once afterwards. */
export interface SagaActions<D, S extends string, Step extends string> {
  readonly id: string;
  readonly state: S;
  readonly data: Readonly<D>;
  readonly now: Date;
  /** Compensable steps done and not forgotten, oldest first. */
  readonly completedSteps: readonly Step[];
  /** Merges `patch` into the data (stored as JSON: plain values only). */
  set(patch: Partial<D>): void;
  /** Records the transition; (re)schedules the new state's timeout if it has one (clears the old); a terminal state ends the saga. */
  moveTo(state: S): void;
  /** Written to the outbox with the saga row, in the same transaction. */
  send(...messages: DomainEvent[]): void;
  /** A compensable step is done: `compensate()` will undo it. */
  completed(step: Step): void;
  /** Sends the compensations of the completed steps, newest first, then forgets them. */
  compensate(): void;
  /** A step no longer to compensate (e.g. the reservation was issued). */
  forget(step: Step): void;
  /** Another correlation key for this saga, e.g. `invoice:<id>`: events keyed by it now find this saga. */
  associate(key: string): void;
}

/** The event that starts a saga: a new instance under `key`, in `state`, with `data`; a second one for the key is a duplicate. */
export interface SagaStartOptions<E extends DomainEvent, D, S extends string, Step extends string> {
  key(event: E): string;
  readonly state: S;
  data(event: E): D;
  then?(saga: SagaActions<D, S, Step>, event: E): void;
}

/** An event the saga reacts to while in one of the states `in` (a terminal one included, for late events); otherwise ignored. */
export interface SagaReactionOptions<E extends DomainEvent, D, S extends string, Step extends string> {
  key(event: E): string;
  readonly in: readonly S[];
  /**
   * States in which the event can only have overtaken the one it follows (a delivery reported before the shipment it
   * ends): there the delivery fails and is retried with backoff, rather than ignored, until the saga has moved on.
   */
  readonly early?: readonly S[];
  /**
   * Whether this event can have overtaken the one that starts the saga (an order's cancellation, its placement): while
   * no saga has its key, such a delivery fails and is retried, rather than ignored. Absent: ignored.
   */
  beforeStart?(event: E): boolean;
  then(saga: SagaActions<D, S, Step>, event: E): void;
}

export interface SagaStart<D, S extends string, Step extends string, E extends DomainEvent = DomainEvent> extends SagaStartOptions<
  E,
  D,
  S,
  Step
> {
  readonly event: SagaEventType<E>;
}

export interface SagaReaction<D, S extends string, Step extends string, E extends DomainEvent = DomainEvent> extends SagaReactionOptions<
  E,
  D,
  S,
  Step
> {
  readonly event: SagaEventType<E>;
}

/** A function type compared as a method is (bivariantly): any definition is then a `SagaDefinition` of unknown data. */
type Bivariant<Args extends unknown[], R> = { call(...args: Args): R }['call'];

/**
 * What happens when the saga stayed `afterMs` in a state: `then` runs, unless the saga left the state (or re-entered it)
 * meanwhile. `afterMs` may read the settings (`config`), e.g. a timeout in minutes the deployment chooses.
 */
export interface SagaTimeoutRule<D, S extends string, Step extends string> {
  readonly afterMs: number | Bivariant<[data: Readonly<D>, config: Readonly<AppConfig>], number>;
  then(saga: SagaActions<D, S, Step>): void;
}

/** The messages that undo a completed step, built from the saga's data when `compensate()` runs. */
export type SagaCompensations<D, Step extends string> = { readonly [K in Step]: Bivariant<[data: Readonly<D>], DomainEvent[]> };

interface SagaShape<D, S extends string, Step extends string> {
  /** `<context>.<name>`, e.g. `fulfillment.order-fulfillment`: the context's schema holds its rows. */
  type: string;
  /** States that end the saga; an event still reaches it there only through a reaction whose `in` lists the state. */
  terminal: readonly S[];
  starts: SagaStart<D, S, Step>;
  reactions?: ReadonlyArray<SagaReaction<D, S, Step>>;
  timeouts?: { readonly [K in S]?: SagaTimeoutRule<D, S, Step> };
}

/** A saga's declaration; `compensations` is required as soon as it has steps. */
export type SagaConfig<D, S extends string, Step extends string> = SagaShape<D, S, Step> &
  ([Step] extends [never] ? { compensations?: SagaCompensations<D, Step> } : { compensations: SagaCompensations<D, Step> });

/** A saga type, checked and complete: what the runner, the harness and the admin read. */
export interface SagaDefinition<D = unknown, S extends string = string, Step extends string = string> {
  readonly type: string;
  /** The context the type names: its handler lives in that context's module. */
  readonly context: string;
  /** The PostgreSQL schema of its `sagas` and `saga_keys` tables: the context with `-` as `_`. */
  readonly schema: string;
  readonly terminal: readonly S[];
  readonly starts: SagaStart<D, S, Step>;
  readonly reactions: ReadonlyArray<SagaReaction<D, S, Step>>;
  readonly timeouts: { readonly [K in S]?: SagaTimeoutRule<D, S, Step> };
  readonly compensations: SagaCompensations<D, Step>;
  /** `<type>-timeout-due` v1, the scheduled event of this type's timeouts (delivered only to its handler). */
  readonly timeoutEvent: SagaTimeoutDueType;
  /** Every event class its handler must take, for `@EventHandler(id, ...definition.handles)`: the start, the reactions, the timeout. */
  readonly handles: readonly [RegisteredEventType, ...RegisteredEventType[]];
}

/**
 * One trigger of a saga: `on(Event, { key, state, data, then? })` starts it, `on(Event, { key, in, then })` reacts.
 * Its data, state and step types come from the `defineSaga<D, S, Step>` it is written in.
 */
export function on<E extends DomainEvent, D, S extends string, Step extends string>(
  event: SagaEventType<E>,
  start: SagaStartOptions<NoInfer<E>, NoInfer<D>, NoInfer<S>, NoInfer<Step>>,
): SagaStart<D, S, Step, E>;
export function on<E extends DomainEvent, D, S extends string, Step extends string>(
  event: SagaEventType<E>,
  reaction: SagaReactionOptions<NoInfer<E>, NoInfer<D>, NoInfer<S>, NoInfer<Step>>,
): SagaReaction<D, S, Step, E>;
export function on(event: SagaEventType, options: object): object {
  return { ...options, event };
}

const SAGA_TYPE = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\.[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SCHEMA = /^[a-z][a-z0-9_]*$/;

/**
 * Declares a saga type: the event that starts an instance, the events it reacts to in which states, the timeouts
 * of states and the compensations of steps. Checked here, at load, so a mistake fails the start rather than a delivery.
 */
export function defineSaga<D, S extends string, Step extends string = never>(config: SagaConfig<D, S, Step>): SagaDefinition<D, S, Step> {
  const context = SAGA_TYPE.exec(config.type)?.[1];
  if (!context) throw new Error(`saga type "${config.type}" must read <context>.<name>, lower-case words joined by hyphens`);
  const schema = context.replaceAll('-', '_');
  if (!SCHEMA.test(schema)) throw new Error(`saga type "${config.type}" names no usable schema ("${schema}")`);
  const reactions = config.reactions ?? [];
  const timeouts: SagaDefinition<D, S, Step>['timeouts'] = config.timeouts ?? {};
  checkTriggers(config.type, config.starts, reactions);
  const terminalTimeouts = config.terminal.filter((state) => timeouts[state]);
  if (terminalTimeouts.length > 0) {
    throw new Error(
      `saga ${config.type}: terminal state(s) ${terminalTimeouts.join(', ')} cannot have a timeout; the saga has ended there`,
    );
  }
  const timeoutEvent = sagaTimeoutEvent(config.type);
  const reactionEvents = [...new Set(reactions.map((reaction) => reaction.event))];
  return {
    type: config.type,
    context,
    schema,
    terminal: config.terminal,
    starts: config.starts,
    reactions,
    timeouts,
    compensations: config.compensations ?? ({} as SagaCompensations<D, Step>),
    timeoutEvent,
    handles: [config.starts.event, ...reactionEvents, timeoutEvent],
  };
}

/** The start event reacts to nothing else, and no state has two reactions to one event: each delivery has one meaning. */
function checkTriggers<D, S extends string, Step extends string>(
  type: string,
  starts: SagaStart<D, S, Step>,
  reactions: ReadonlyArray<SagaReaction<D, S, Step>>,
): void {
  const claimed = new Set<string>();
  for (const reaction of reactions) {
    const name = `${reaction.event.eventName} v${reaction.event.eventVersion}`;
    if (reaction.event === starts.event) throw new Error(`saga ${type}: ${name} starts it, so it cannot also be a reaction`);
    for (const state of reaction.in) {
      const key = `${name} in ${state}`;
      if (claimed.has(key)) throw new Error(`saga ${type}: two reactions to ${key}; merge them`);
      claimed.add(key);
    }
  }
}
