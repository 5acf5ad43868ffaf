import { AggregateRoot, Patch, newId, patched } from '@promenade/ddd';
import { InteractionCreated, InteractionFacts } from '../events/interaction-created.event';
import { InteractionDeleted } from '../events/interaction-deleted.event';
import { InteractionEnded } from '../events/interaction-ended.event';
import { InteractionUpdated } from '../events/interaction-updated.event';
import { interactionAttendees } from './interaction-attendees';
import { InteractionDirection, interactionDirection } from './interaction-direction';
import { InteractionOutcome, interactionOutcome } from './interaction-outcome';
import { InteractionType, interactionType } from './interaction-type';
import {
  InteractionAlreadyEnded,
  InteractionEndBeforeStart,
  InteractionFollowUpBeforeStart,
  InteractionFollowUpDateRequired,
  InteractionFollowUpNotRequired,
  InteractionInvalid,
  InteractionPartyRequired,
  InteractionSubjectRequired,
} from './interaction.errors';

export const MAX_SUBJECT_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 10_000;

/** What a client describes about an interaction; each value is checked before it is kept. */
export interface InteractionInput {
  type: string;
  direction: string;
  subject: string;
  description: string;
  customerId: string | null;
  companyId: string | null;
  startedAt: Date;
  outcome: string | null;
  followUpRequired: boolean;
  followUpAt: Date | null;
  attendees: readonly string[];
}

/** A partial change: an absent field keeps its value, null clears a nullable one. */
export type InteractionChanges = Patch<InteractionInput>;

interface InteractionDetails {
  type: InteractionType;
  direction: InteractionDirection;
  subject: string;
  description: string;
  customerId: string | null;
  companyId: string | null;
  startedAt: Date;
  outcome: InteractionOutcome | null;
  followUpRequired: boolean;
  followUpAt: Date | null;
  attendees: string[];
}

export interface InteractionState extends InteractionDetails {
  id: string;
  version: number;
  endedAt: Date | null;
  loggedBy: string;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
  deletedAt: Date | null;
}

/**
 * A call, email, meeting, note, SMS or chat with a customer and/or a company. It ends at most once,
 * never before it started; a required follow-up has a date, and only a required one does.
 */
export class Interaction extends AggregateRoot<InteractionState> {
  private constructor(state: InteractionState) {
    super(state);
  }

  /** Logs an interaction, possibly already over (`endedAt` given) when it is recorded after the fact. */
  static log(input: InteractionInput & { endedAt: Date | null }, loggedBy: string, now = new Date()): Interaction {
    const details = checked(input);
    if (input.endedAt) assertEndsAfterStart(details.startedAt, input.endedAt);
    const interaction = new Interaction({
      ...details,
      id: newId(),
      version: 0,
      endedAt: input.endedAt,
      loggedBy,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
    interaction.apply(new InteractionCreated({ ...interaction.facts(), loggedBy }));
    return interaction;
  }

  /** Rebuilds a stored interaction; no rule is re-run and no event raised. */
  static restore(state: InteractionState): Interaction {
    return new Interaction(state);
  }

  get type(): InteractionType {
    return this.state.type;
  }

  get direction(): InteractionDirection {
    return this.state.direction;
  }

  get subject(): string {
    return this.state.subject;
  }

  get description(): string {
    return this.state.description;
  }

  get customerId(): string | null {
    return this.state.customerId;
  }

  get companyId(): string | null {
    return this.state.companyId;
  }

  get startedAt(): Date {
    return this.state.startedAt;
  }

  get endedAt(): Date | null {
    return this.state.endedAt;
  }

  /** Whole seconds from start to end; null while it has not ended. */
  get durationSeconds(): number | null {
    if (!this.state.endedAt) return null;
    return Math.floor((this.state.endedAt.getTime() - this.state.startedAt.getTime()) / 1000);
  }

  get outcome(): InteractionOutcome | null {
    return this.state.outcome;
  }

  get followUpRequired(): boolean {
    return this.state.followUpRequired;
  }

  get followUpAt(): Date | null {
    return this.state.followUpAt;
  }

  get attendees(): readonly string[] {
    return this.state.attendees;
  }

  get loggedBy(): string {
    return this.state.loggedBy;
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  get deletedAt(): Date | null {
    return this.state.deletedAt;
  }

  /**
   * Applies a partial change; the result must satisfy every rule, as a new interaction would. Setting
   * `followUpRequired: false` alone also clears the date; a date alone makes the follow-up required.
   * Answers whether anything changed (nothing is raised when nothing did).
   */
  update(changes: InteractionChanges): boolean {
    const merged: InteractionInput = patched<InteractionInput>(this.state, changes);
    if (changes.followUpRequired === false && changes.followUpAt === undefined) merged.followUpAt = null;
    if (changes.followUpAt && changes.followUpRequired === undefined) merged.followUpRequired = true;
    const details = checked(merged);
    if (this.state.endedAt) assertEndsAfterStart(details.startedAt, this.state.endedAt);
    if (sameDetails(this.state, details)) return false;
    this.state = { ...this.state, ...details };
    this.apply(new InteractionUpdated(this.facts()));
    return true;
  }

  /** Ends the interaction, once; an outcome given here replaces the one recorded before. */
  end(endedAt = new Date(), outcome?: string): void {
    if (this.state.endedAt) throw new InteractionAlreadyEnded(this.id, this.state.endedAt);
    assertEndsAfterStart(this.state.startedAt, endedAt);
    const finalOutcome = outcome === undefined ? this.state.outcome : interactionOutcome(outcome);
    this.state = { ...this.state, endedAt, outcome: finalOutcome };
    this.apply(
      new InteractionEnded({
        interactionId: this.id,
        type: this.state.type,
        endedAt: endedAt.toISOString(),
        durationSeconds: this.durationSeconds!,
        outcome: finalOutcome,
      }),
    );
  }

  /** Soft delete: the row stays for history, every later operation answers INTERACTION_NOT_FOUND. */
  delete(now = new Date()): void {
    this.state = { ...this.state, deletedAt: now };
    this.apply(
      new InteractionDeleted({
        interactionId: this.id,
        type: this.state.type,
        followUpRequired: this.state.followUpRequired,
        deletedAt: now.toISOString(),
      }),
    );
  }

  private facts(): InteractionFacts {
    const s = this.state;
    return {
      interactionId: this.id,
      type: s.type,
      direction: s.direction,
      customerId: s.customerId,
      companyId: s.companyId,
      startedAt: s.startedAt.toISOString(),
      endedAt: s.endedAt?.toISOString() ?? null,
      outcome: s.outcome,
      followUpRequired: s.followUpRequired,
      followUpAt: s.followUpAt?.toISOString() ?? null,
    };
  }
}

/** Every rule that does not depend on the interaction's history, applied to a whole description. */
function checked(input: InteractionInput): InteractionDetails {
  const subject = input.subject.trim();
  if (subject === '') throw new InteractionSubjectRequired();
  if (subject.length > MAX_SUBJECT_LENGTH) throw new InteractionInvalid(`subject is longer than ${MAX_SUBJECT_LENGTH} characters`);
  const description = input.description.trim();
  if (description.length > MAX_DESCRIPTION_LENGTH)
    throw new InteractionInvalid(`description is longer than ${MAX_DESCRIPTION_LENGTH} characters`);
  if (!input.customerId && !input.companyId) throw new InteractionPartyRequired();
  assertValidDate(input.startedAt, 'startedAt');
  if (input.followUpRequired && !input.followUpAt) throw new InteractionFollowUpDateRequired();
  if (!input.followUpRequired && input.followUpAt) throw new InteractionFollowUpNotRequired();
  if (input.followUpAt) {
    assertValidDate(input.followUpAt, 'followUpAt');
    if (input.followUpAt < input.startedAt) throw new InteractionFollowUpBeforeStart();
  }
  return {
    type: interactionType(input.type),
    direction: interactionDirection(input.direction),
    subject,
    description,
    customerId: input.customerId || null,
    companyId: input.companyId || null,
    startedAt: input.startedAt,
    outcome: input.outcome === null ? null : interactionOutcome(input.outcome),
    followUpRequired: input.followUpRequired,
    followUpAt: input.followUpAt,
    attendees: interactionAttendees(input.attendees),
  };
}

function assertEndsAfterStart(startedAt: Date, endedAt: Date): void {
  assertValidDate(endedAt, 'endedAt');
  if (endedAt < startedAt) throw new InteractionEndBeforeStart(startedAt, endedAt);
}

function assertValidDate(date: Date, field: string): void {
  if (Number.isNaN(date.getTime())) throw new InteractionInvalid(`${field} is not a valid date`);
}

function sameDetails(before: InteractionDetails, after: InteractionDetails): boolean {
  return (Object.keys(after) as Array<keyof InteractionDetails>).every((field) => sameValue(before[field], after[field]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}
