import { AppConfig } from '@promenade/config';
import { DomainEvent, newId } from '@promenade/ddd';
import { SagaDefinition, SagaReaction } from './saga-definition';
import { SagaPendingTimeout, SagaSnapshot } from './saga-snapshot';
import { checkedKey, SagaStep } from './saga-step';
import { SagaTimeoutDue, SagaTimeoutDuePayload } from './saga-timeout-due';

/** How to find the saga an event is for: a timeout names its saga, any other event gives keys (tried in order). */
export type SagaLookup = { by: 'id'; id: string } | { by: 'keys'; keys: string[] };

export type SagaOutcome =
  'started' | 'reacted' | 'timed-out' | 'no-saga' | 'duplicate-start' | 'not-in-state' | 'too-early' | 'stale-timeout';

/** What one event does to a saga, for the runner to store and send, or for the harness to show. */
export interface SagaDecision<D = unknown> {
  /** The saga after the event; unchanged (or null, when there is none) if the event was ignored. */
  snapshot: SagaSnapshot<D> | null;
  /** To the outbox with the saga row, in this order. */
  messages: DomainEvent[];
  /** The newly scheduled timeout (`deliverAt` = its due time), when the step entered a state that has one. */
  timeoutEvent?: SagaTimeoutDue;
  /** Correlation keys to add to the saga: its starting key when it starts, and those it associated. */
  keys: string[];
  ignored: boolean;
  outcome: SagaOutcome;
  /** For the log: why it was ignored, or the transition. */
  reason: string;
}

const isTimeout = (definition: Pick<SagaDefinition, 'timeoutEvent'>, event: DomainEvent): event is SagaTimeoutDue =>
  event.constructor === definition.timeoutEvent;

function reactionsTo<D, S extends string, Step extends string>(
  definition: SagaDefinition<D, S, Step>,
  event: DomainEvent,
): ReadonlyArray<SagaReaction<D, S, Step>> {
  const reactions = definition.reactions.filter((reaction) => event.constructor === reaction.event);
  if (reactions.length === 0 && event.constructor !== definition.starts.event) {
    throw new Error(`saga ${definition.type} does not take ${event.eventName} v${event.eventVersion}`);
  }
  return reactions;
}

/** The saga an event is for. Several reactions to one event may key it differently: each key is tried, in their order. */
export function sagaLookup<D, S extends string, Step extends string>(
  definition: SagaDefinition<D, S, Step>,
  event: DomainEvent,
): SagaLookup {
  if (isTimeout(definition, event)) return { by: 'id', id: event.payload.sagaId };
  const reactions = reactionsTo(definition, event);
  const triggers = reactions.length > 0 ? reactions : [definition.starts];
  return { by: 'keys', keys: [...new Set(triggers.map((trigger) => checkedKey(definition.type, trigger.key(event))))] };
}

/**
 * The whole behaviour of a saga, without storage: given the saga the event's lookup found (or null), the event, the
 * time and the settings (which timeouts may read), what the saga becomes, what it sends, what it schedules. The runner
 * stores and sends the result in the delivery's transaction; the harness keeps it in memory. Both call this, so a test
 * of a saga tests what runs.
 */
export function decideSaga<D, S extends string, Step extends string>(
  definition: SagaDefinition<D, S, Step>,
  snapshot: SagaSnapshot<D> | null,
  event: DomainEvent,
  now: Date,
  config: Readonly<AppConfig>,
): SagaDecision<D> {
  if (isTimeout(definition, event)) return onTimeout(definition, snapshot, event, now, config);
  const reactions = reactionsTo(definition, event);
  if (reactions.length === 0) return snapshot ? duplicateStart(definition, snapshot, event) : start(definition, event, now, config);
  if (!snapshot) {
    const keys = [...new Set(reactions.map((reaction) => reaction.key(event)))].join(' or ');
    if (reactions.some((reaction) => reaction.beforeStart?.(event))) {
      return ignored(null, 'too-early', `${event.eventName} came before the ${definition.type} saga with the key ${keys} started`);
    }
    return ignored(null, 'no-saga', `no ${definition.type} saga has the key ${keys}`);
  }
  const reaction = reactions.find((candidate) => candidate.in.includes(snapshot.state as S));
  if (!reaction) {
    if (reactions.some((candidate) => candidate.early?.includes(snapshot.state as S))) {
      return ignored(snapshot, 'too-early', `${event.eventName} came before saga ${definition.type} ${snapshot.id} left ${snapshot.state}`);
    }
    const states = reactions.flatMap((candidate) => candidate.in).join(', ');
    return ignored(
      snapshot,
      'not-in-state',
      `${event.eventName} applies to saga ${definition.type} ${snapshot.id} in ${states}; it is ${snapshot.state}`,
    );
  }
  const step = stepFrom(definition, snapshot, now);
  reaction.then(step, event);
  return finish(definition, snapshot, step, { trigger: event.eventName, event, outcome: 'reacted', scheduled: snapshot.timeout, config });
}

function start<D, S extends string, Step extends string>(
  definition: SagaDefinition<D, S, Step>,
  event: DomainEvent,
  now: Date,
  config: Readonly<AppConfig>,
): SagaDecision<D> {
  const { starts } = definition;
  const key = checkedKey(definition.type, starts.key(event));
  const step = new SagaStep(definition, { id: newId(), state: starts.state, data: starts.data(event), completedSteps: [], now });
  step.moveTo(starts.state); // entering the first state schedules its timeout like any other
  starts.then?.(step, event);
  const decision = finish(definition, null, step, { trigger: event.eventName, event, outcome: 'started', scheduled: null, config });
  return { ...decision, keys: [...new Set([key, ...decision.keys])], reason: `started in ${step.state}` };
}

function duplicateStart<D>(definition: SagaDefinition<D, string, string>, snapshot: SagaSnapshot<D>, event: DomainEvent): SagaDecision<D> {
  const key = definition.starts.key(event);
  return ignored(
    snapshot,
    'duplicate-start',
    `saga ${definition.type} ${snapshot.id} already has the key ${key}: ${event.eventName} is a duplicate start`,
  );
}

function onTimeout<D, S extends string, Step extends string>(
  definition: SagaDefinition<D, S, Step>,
  snapshot: SagaSnapshot<D> | null,
  event: SagaTimeoutDue,
  now: Date,
  config: Readonly<AppConfig>,
): SagaDecision<D> {
  const due: SagaTimeoutDuePayload = event.payload;
  if (!snapshot) return ignored(null, 'no-saga', `no ${definition.type} saga ${due.sagaId} for its ${due.state} timeout`);
  const pending = snapshot.timeout;
  const rule = definition.timeouts[due.state as S];
  if (!pending || pending.state !== due.state || pending.dueAt !== due.dueAt || snapshot.state !== due.state || !rule) {
    const waiting = pending ? `the ${pending.state} timeout due ${pending.dueAt}` : 'no timeout';
    return ignored(
      snapshot,
      'stale-timeout',
      `saga ${definition.type} ${snapshot.id} is ${snapshot.state} and waits for ${waiting}: the ${due.state} timeout due ${due.dueAt} no longer applies`,
    );
  }
  const step = stepFrom(definition, snapshot, now);
  rule.then(step);
  // The timeout that fired is spent: unless the step enters a state with one, none is pending.
  return finish(definition, snapshot, step, { trigger: 'timeout', event, outcome: 'timed-out', scheduled: null, config });
}

function stepFrom<D, S extends string, Step extends string>(
  definition: SagaDefinition<D, S, Step>,
  snapshot: SagaSnapshot<D>,
  now: Date,
): SagaStep<D, S, Step> {
  return new SagaStep(definition, {
    id: snapshot.id,
    state: snapshot.state as S,
    data: structuredClone(snapshot.data),
    completedSteps: snapshot.completedSteps as Step[],
    now,
  });
}

interface Trigger {
  trigger: string;
  event: DomainEvent;
  outcome: SagaOutcome;
  /** The timeout still scheduled if the step does not move: the saga's, or none once it has fired. */
  scheduled: SagaPendingTimeout | null;
  config: Readonly<AppConfig>;
}

function finish<D, S extends string, Step extends string>(
  definition: SagaDefinition<D, S, Step>,
  before: SagaSnapshot<D> | null,
  step: SagaStep<D, S, Step>,
  { trigger, event, outcome, scheduled, config }: Trigger,
): SagaDecision<D> {
  const now = step.now;
  // As the table will hold it: a value JSON cannot keep fails here, in the harness too, not after a round trip.
  const data = JSON.parse(JSON.stringify(step.data)) as D;
  const timeout = step.moved ? timeoutOf(definition, step.state, data, now, config) : scheduled;
  const terminal = definition.terminal.includes(step.state);
  const from = before?.state ?? null;
  const snapshot: SagaSnapshot<D> = {
    id: step.id,
    type: definition.type,
    correlationKey: before?.correlationKey ?? checkedKey(definition.type, definition.starts.key(event)),
    state: step.state,
    data,
    completedSteps: [...step.completedSteps],
    history: [
      ...(before?.history ?? []),
      {
        at: now.toISOString(),
        trigger,
        eventId: event.metadata.eventId,
        from,
        to: step.state,
        sent: step.messages.map((m) => m.eventName),
      },
    ],
    timeout: terminal ? null : timeout,
    version: (before?.version ?? 0) + 1,
    startedAt: before?.startedAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
    endedAt: terminal ? (before?.endedAt ?? now.toISOString()) : null,
  };
  // Sequenced as the saga's own: they leave in the order it sent them, and the receivers' aggregates (the order, the
  // invoice a message names) keep their own events numbered 1, 2, 3 without gaps.
  for (const message of step.messages) message.stamp({ aggregateId: snapshot.id });
  const fresh = snapshot.timeout && (snapshot.timeout.state !== scheduled?.state || snapshot.timeout.dueAt !== scheduled?.dueAt);
  const timeoutEvent = fresh
    ? new definition.timeoutEvent({ sagaId: snapshot.id, ...snapshot.timeout! }, { deliverAt: snapshot.timeout!.dueAt })
    : undefined;
  return {
    snapshot,
    messages: [...step.messages],
    ...(timeoutEvent && { timeoutEvent }),
    keys: [...step.keys],
    ignored: false,
    outcome,
    reason: `${from ?? 'start'} → ${step.state}`,
  };
}

function timeoutOf<D, S extends string, Step extends string>(
  definition: SagaDefinition<D, S, Step>,
  state: S,
  data: D,
  now: Date,
  config: Readonly<AppConfig>,
): SagaPendingTimeout | null {
  const rule = definition.timeouts[state];
  if (!rule) return null;
  const afterMs = typeof rule.afterMs === 'number' ? rule.afterMs : rule.afterMs(data, config);
  if (!Number.isFinite(afterMs) || afterMs < 0)
    throw new Error(`saga ${definition.type}: the ${state} timeout must be a number of ms ≥ 0, got ${afterMs}`);
  return { state, dueAt: new Date(now.getTime() + afterMs).toISOString() };
}

function ignored<D>(snapshot: SagaSnapshot<D> | null, outcome: SagaOutcome, reason: string): SagaDecision<D> {
  return { snapshot, messages: [], keys: [], ignored: true, outcome, reason };
}
