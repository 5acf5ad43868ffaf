import { AggregateRoot, Money, newId } from '@promenade/ddd';
import { DealCreated } from '../events/deal-created.event';
import { DealDeleted } from '../events/deal-deleted.event';
import { DealLost } from '../events/deal-lost.event';
import { DealStageChanged } from '../events/deal-stage-changed.event';
import { DealUpdated } from '../events/deal-updated.event';
import { DealWon } from '../events/deal-won.event';
import { isCalendarDate, todayOf } from './deal-close-date';
import { ACQUISITION_SOURCES, AcquisitionSource } from '../customer/acquisition-source';
import { DEFAULT_PROBABILITY, DealStage, OpenDealStage, isAdjacentOpenStage, isOpenStage } from './deal-stage';
import {
  DealClosed,
  DealCloseDateInPast,
  DealCloseDateInvalid,
  DealInvalidTransition,
  DealLossReasonRequired,
  DealNameInvalid,
  DealNotInNegotiation,
  DealProbabilityInvalid,
  DealSourceInvalid,
  DealValueInvalid,
} from './deal.errors';

export const DEAL_NAME_MAX_LENGTH = 200;

export interface DealState {
  id: string;
  version: number;
  name: string;
  customerId: string;
  ownerId: string;
  value: Money;
  stage: DealStage;
  /** Percent, 0–100: the stage's default until overridden. */
  probability: number;
  /** `YYYY-MM-DD`. */
  expectedCloseDate: string;
  source: AcquisitionSource;
  lostReason: string | null;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
  /** When it was won or lost. */
  closedAt: Date | null;
  deletedAt: Date | null;
}

export interface NewDeal {
  name: string;
  customerId: string;
  ownerId: string;
  value: Money;
  expectedCloseDate: string;
  source: AcquisitionSource;
  /** Overrides the first stage's default (10). */
  probability?: number;
}

/** What a revision of an open deal may change; an absent field stays as it is. */
export type DealChanges = Partial<Pick<DealState, 'name' | 'ownerId' | 'value' | 'probability' | 'expectedCloseDate' | 'source'>>;

/**
 * A sales opportunity with a customer, owned by a sales rep. It moves through the open stages one at a
 * time (forward or back), is won only from negotiation, can be lost from any open stage with a reason,
 * and once won or lost it is final: no change, move or deletion.
 */
export class Deal extends AggregateRoot<DealState> {
  private constructor(state: DealState) {
    super(state);
  }

  static create(deal: NewDeal, now = new Date()): Deal {
    const expectedCloseDate = checkedCloseDate(deal.expectedCloseDate, now);
    const created = new Deal({
      id: newId(),
      version: 0,
      name: checkedName(deal.name),
      customerId: deal.customerId,
      ownerId: deal.ownerId,
      value: checkedValue(deal.value),
      stage: 'lead',
      probability: deal.probability === undefined ? DEFAULT_PROBABILITY.lead : checkedProbability(deal.probability),
      expectedCloseDate,
      source: checkedSource(deal.source),
      lostReason: null,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      deletedAt: null,
    });
    created.apply(
      new DealCreated({
        dealId: created.id,
        name: created.name,
        customerId: created.customerId,
        ownerId: created.ownerId,
        value: created.value.toJSON(),
        stage: created.stage,
        probability: created.probability,
        source: created.source,
        expectedCloseDate,
        createdAt: now.toISOString(),
      }),
    );
    return created;
  }

  /** Rebuilds a stored deal; no rule is re-run and no event raised. */
  static restore(state: DealState): Deal {
    return new Deal(state);
  }

  get name(): string {
    return this.state.name;
  }

  get customerId(): string {
    return this.state.customerId;
  }

  get ownerId(): string {
    return this.state.ownerId;
  }

  get value(): Money {
    return this.state.value;
  }

  get stage(): DealStage {
    return this.state.stage;
  }

  get probability(): number {
    return this.state.probability;
  }

  get expectedCloseDate(): string {
    return this.state.expectedCloseDate;
  }

  get source(): AcquisitionSource {
    return this.state.source;
  }

  get lostReason(): string | null {
    return this.state.lostReason;
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  get closedAt(): Date | null {
    return this.state.closedAt;
  }

  get deletedAt(): Date | null {
    return this.state.deletedAt;
  }

  get isOpen(): boolean {
    return isOpenStage(this.state.stage);
  }

  /**
   * Revises an open deal. A new expected close date must not be in the past either (a plan to close
   * yesterday is no plan). Raises DealUpdated only when something actually changed, and answers whether it did.
   */
  revise(changes: DealChanges, now = new Date()): boolean {
    this.assertOpen('changing it');
    const next: DealState = {
      ...this.state,
      name: changes.name === undefined ? this.state.name : checkedName(changes.name),
      ownerId: changes.ownerId ?? this.state.ownerId,
      value: changes.value === undefined ? this.state.value : checkedValue(changes.value),
      probability: changes.probability === undefined ? this.state.probability : checkedProbability(changes.probability),
      source: changes.source === undefined ? this.state.source : checkedSource(changes.source),
      expectedCloseDate:
        changes.expectedCloseDate === undefined || changes.expectedCloseDate === this.state.expectedCloseDate
          ? this.state.expectedCloseDate
          : checkedCloseDate(changes.expectedCloseDate, now),
    };
    if (sameRevisableFields(this.state, next)) return false;
    this.state = next;
    this.apply(
      new DealUpdated({
        dealId: this.id,
        name: next.name,
        ownerId: next.ownerId,
        value: next.value.toJSON(),
        probability: next.probability,
        source: next.source,
        expectedCloseDate: next.expectedCloseDate,
        stage: next.stage,
        updatedAt: now.toISOString(),
      }),
    );
    return true;
  }

  /** Moves an open deal one open stage forward or back; the probability becomes the new stage's default. */
  moveTo(stage: DealStage, now = new Date()): void {
    const from = this.assertOpen(`moving it to ${stage}`);
    if (!isAdjacentOpenStage(from, stage)) throw new DealInvalidTransition(this.id, from, stage);
    this.state = { ...this.state, stage, probability: DEFAULT_PROBABILITY[stage] };
    this.apply(
      new DealStageChanged({
        dealId: this.id,
        ownerId: this.state.ownerId,
        value: this.state.value.toJSON(),
        from,
        to: stage,
        probability: this.state.probability,
        changedAt: now.toISOString(),
      }),
    );
  }

  win(now = new Date()): void {
    const from = this.assertOpen('winning it');
    if (from !== 'negotiation') throw new DealNotInNegotiation(this.id, from);
    this.state = { ...this.state, stage: 'closed_won', probability: DEFAULT_PROBABILITY.closed_won, closedAt: now };
    this.apply(
      new DealWon({
        dealId: this.id,
        customerId: this.state.customerId,
        ownerId: this.state.ownerId,
        value: this.state.value.toJSON(),
        createdAt: this.state.createdAt.toISOString(),
        wonAt: now.toISOString(),
      }),
    );
  }

  lose(reason: string, now = new Date()): void {
    const from = this.assertOpen('losing it');
    const trimmed = reason.trim();
    if (trimmed === '') throw new DealLossReasonRequired();
    this.state = { ...this.state, stage: 'closed_lost', probability: DEFAULT_PROBABILITY.closed_lost, lostReason: trimmed, closedAt: now };
    this.apply(
      new DealLost({
        dealId: this.id,
        customerId: this.state.customerId,
        ownerId: this.state.ownerId,
        value: this.state.value.toJSON(),
        fromStage: from,
        reason: trimmed,
        createdAt: this.state.createdAt.toISOString(),
        lostAt: now.toISOString(),
      }),
    );
  }

  /** Soft-deletes an open deal; a closed one stays, as the history its outcome is part of. */
  delete(now = new Date()): void {
    const stage = this.assertOpen('deleting it');
    this.state = { ...this.state, deletedAt: now };
    this.apply(new DealDeleted({ dealId: this.id, ownerId: this.state.ownerId, stage, deletedAt: now.toISOString() }));
  }

  /** The open stage the deal is in, or DealClosed. */
  private assertOpen(action: string): OpenDealStage {
    const { stage } = this.state;
    if (!isOpenStage(stage)) throw new DealClosed(this.id, stage, action);
    return stage;
  }
}

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > DEAL_NAME_MAX_LENGTH) throw new DealNameInvalid(DEAL_NAME_MAX_LENGTH);
  return trimmed;
}

function checkedValue(value: Money): Money {
  if (value.isNegative()) throw new DealValueInvalid();
  return value;
}

function checkedProbability(probability: number): number {
  if (!Number.isInteger(probability) || probability < 0 || probability > 100) throw new DealProbabilityInvalid(probability);
  return probability;
}

function checkedSource(source: string): AcquisitionSource {
  if (!(ACQUISITION_SOURCES as readonly string[]).includes(source)) throw new DealSourceInvalid(source);
  return source as AcquisitionSource;
}

function checkedCloseDate(date: string, now: Date): string {
  if (!isCalendarDate(date)) throw new DealCloseDateInvalid(date);
  const today = todayOf(now);
  if (date < today) throw new DealCloseDateInPast(date, today);
  return date;
}

function sameRevisableFields(a: DealState, b: DealState): boolean {
  return (
    a.name === b.name &&
    a.ownerId === b.ownerId &&
    a.value.equals(b.value) &&
    a.probability === b.probability &&
    a.source === b.source &&
    a.expectedCloseDate === b.expectedCloseDate
  );
}
