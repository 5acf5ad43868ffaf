import { AppConfig } from '@promenade/config';
import { DomainEvent } from '@promenade/ddd';
import { decideSaga, SagaDecision, sagaLookup } from '../sagas/decide-saga';
import { SagaDefinition } from '../sagas/saga-definition';
import { SagaHistoryEntry, SagaSnapshot } from '../sagas/saga-snapshot';
import { SagaTimeoutDue } from '../sagas/saga-timeout-due';

export interface SagaHarnessOptions {
  /** The harness's clock at the start (default 2026-01-01T00:00:00Z); it moves only with advanceTo and fireTimeout. */
  now?: Date | string;
  /** Settings the saga's timeouts read, over the defaults (`new AppConfig()`). */
  config?: Partial<AppConfig>;
}

/**
 * One saga instance run in memory, on the same decision function the runner uses: no database, no transport.
 * Events are delivered with `receive`; timeouts are held as the transport holds them (a stale one too) and delivered
 * when the clock passes their due time. Each call replaces `sent`, `ignored` and `decisions` with what it did.
 *
 *   const saga = SagaHarness.of(orderFulfillment).receive(orderPlaced);
 *   expect(saga.state).toBe('reserving_stock');
 *   expect(saga.sent).toEqual([expect.any(ReserveStockMessage)]);
 */
export class SagaHarness<D, S extends string, Step extends string> {
  private saga: SagaSnapshot<D> | null = null;
  private readonly sagaKeys = new Set<string>();
  /** Timeout events raised and not delivered yet: nothing cancels them, the saga ignores those that no longer apply. */
  private scheduled: SagaTimeoutDue[] = [];
  private early: DomainEvent[] = [];
  private clock: Date;
  private last: Array<SagaDecision<D>> = [];
  private readonly config: Readonly<AppConfig>;

  private constructor(
    private readonly definition: SagaDefinition<D, S, Step>,
    options: SagaHarnessOptions,
  ) {
    this.clock = new Date(options.now ?? '2026-01-01T00:00:00Z');
    this.config = Object.assign(new AppConfig(), options.config);
  }

  static of<D, S extends string, Step extends string>(
    definition: SagaDefinition<D, S, Step>,
    options: SagaHarnessOptions = {},
  ): SagaHarness<D, S, Step> {
    return new SagaHarness(definition, options);
  }

  /** Delivers an event now, as its handler would receive it. */
  receive(event: DomainEvent): this {
    this.last = this.deliverAndRetry(event);
    return this;
  }

  /** Moves the clock to `date`, delivering on the way, at its due time, each scheduled timeout due by then. */
  advanceTo(date: Date | string): this {
    const target = new Date(date);
    if (target < this.clock)
      throw new Error(`the harness's clock is at ${this.clock.toISOString()}; it cannot go back to ${target.toISOString()}`);
    this.last = [];
    for (let due = this.nextDue(target); due; due = this.nextDue(target)) {
      this.scheduled = this.scheduled.filter((event) => event !== due);
      const dueAt = new Date(due.payload.dueAt);
      if (dueAt > this.clock) this.clock = dueAt;
      this.last.push(...this.deliverAndRetry(due));
    }
    this.clock = target;
    return this;
  }

  /** Moves the clock to the pending timeout's due time, delivering it (and any other timeout due by then). */
  fireTimeout(): this {
    const pending = this.saga?.timeout;
    if (!pending) throw new Error(`saga ${this.definition.type} has no pending timeout`);
    const dueAt = new Date(pending.dueAt);
    return this.advanceTo(dueAt > this.clock ? dueAt : this.clock);
  }

  get state(): S {
    return this.current.state as S;
  }

  get data(): Readonly<D> {
    return this.current.data;
  }

  get completedSteps(): Step[] {
    return this.current.completedSteps as Step[];
  }

  get history(): SagaHistoryEntry[] {
    return this.current.history;
  }

  get ended(): boolean {
    return this.current.endedAt !== null;
  }

  /** The timeout the saga waits for, or null. */
  get timeout(): { state: S; dueAt: Date } | null {
    const pending = this.current.timeout;
    return pending ? { state: pending.state as S, dueAt: new Date(pending.dueAt) } : null;
  }

  /** Every correlation key the saga has: its starting key, then those it associated. */
  get keys(): string[] {
    return [...this.sagaKeys];
  }

  /** The messages the last call sent (compensations included, in order; timeouts are not messages). */
  get sent(): DomainEvent[] {
    return this.last.flatMap((decision) => decision.messages);
  }

  /** Whether the last call changed nothing: every event it delivered was ignored (or it delivered none). */
  get ignored(): boolean {
    return this.last.every((decision) => decision.ignored);
  }

  /** What each event the last call delivered did, with its outcome and reason. */
  get decisions(): ReadonlyArray<SagaDecision<D>> {
    return this.last;
  }

  /** The saga as its row would hold it; null before it starts. */
  get snapshot(): SagaSnapshot<D> | null {
    return this.saga;
  }

  get now(): Date {
    return new Date(this.clock);
  }

  private get current(): SagaSnapshot<D> {
    if (!this.saga) throw new Error(`no ${this.definition.type} saga has started`);
    return this.saga;
  }

  /** Events that came too early, held as the transport's retries hold them: delivered again after each step that moved the saga. */
  get retrying(): DomainEvent[] {
    return [...this.early];
  }

  /** Delivers `event`, then, if it moved the saga, the events that came too early (each retried once per step, in order). */
  private deliverAndRetry(event: DomainEvent): Array<SagaDecision<D>> {
    const decisions = [this.deliver(event)];
    for (let moved = !decisions[0].ignored; moved && this.early.length > 0;) {
      const waiting = this.early.splice(0);
      const retried = waiting.map((held) => this.deliver(held));
      decisions.push(...retried);
      moved = retried.some((decision) => !decision.ignored);
    }
    return decisions;
  }

  private deliver(event: DomainEvent): SagaDecision<D> {
    const decision = decideSaga(this.definition, this.find(event), event, this.now, this.config);
    if (decision.outcome === 'too-early') this.early.push(event);
    if (decision.ignored) return decision;
    if (this.saga && decision.snapshot!.id !== this.saga.id) {
      throw new Error(`the harness follows one saga; ${event.eventName} started another (keys ${decision.keys.join(', ')})`);
    }
    this.saga = decision.snapshot;
    for (const key of decision.keys) this.sagaKeys.add(key);
    if (decision.timeoutEvent) this.scheduled.push(decision.timeoutEvent);
    return decision;
  }

  private find(event: DomainEvent): SagaSnapshot<D> | null {
    const lookup = sagaLookup(this.definition, event);
    const found = lookup.by === 'id' ? this.saga?.id === lookup.id : lookup.keys.some((key) => this.sagaKeys.has(key));
    return found ? this.saga : null;
  }

  private nextDue(until: Date): SagaTimeoutDue | undefined {
    return this.scheduled
      .filter((event) => new Date(event.payload.dueAt) <= until)
      .sort((a, b) => Date.parse(a.payload.dueAt) - Date.parse(b.payload.dueAt))[0];
  }
}
