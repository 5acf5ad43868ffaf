import { InteractionCreated } from '../events/interaction-created.event';
import { InteractionDeleted } from '../events/interaction-deleted.event';
import { InteractionEnded } from '../events/interaction-ended.event';
import { InteractionUpdated } from '../events/interaction-updated.event';
import { MAX_ATTENDEES } from './interaction-attendees';
import { Interaction, InteractionInput } from './interaction.aggregate';
import {
  InteractionAlreadyEnded,
  InteractionAttendeeDuplicate,
  InteractionAttendeeInvalid,
  InteractionEndBeforeStart,
  InteractionFollowUpBeforeStart,
  InteractionFollowUpDateRequired,
  InteractionFollowUpNotRequired,
  InteractionInvalid,
  InteractionPartyRequired,
  InteractionSubjectRequired,
} from './interaction.errors';

const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const COMPANY = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
const REP = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164';
const START = new Date('2026-03-02T09:00:00Z');
const at = (iso: string) => new Date(iso);

const input = (overrides: Partial<InteractionInput & { endedAt: Date | null }> = {}): InteractionInput & { endedAt: Date | null } => ({
  type: 'call',
  direction: 'outbound',
  subject: 'Renewal call',
  description: 'Discussed the renewal of the pro plan.',
  customerId: CUSTOMER,
  companyId: null,
  startedAt: START,
  endedAt: null,
  outcome: null,
  followUpRequired: false,
  followUpAt: null,
  attendees: [],
  ...overrides,
});

function logged(overrides: Partial<InteractionInput & { endedAt: Date | null }> = {}): Interaction {
  const interaction = Interaction.log(input(overrides), REP);
  interaction.pullEvents();
  return interaction;
}

describe('Interaction', () => {
  describe('logging', () => {
    it('logs an open interaction and raises InteractionCreated with its facts', () => {
      const interaction = Interaction.log(input({ subject: '  Renewal call ', companyId: COMPANY }), REP, at('2026-03-02T09:05:00Z'));

      expect(interaction).toMatchObject({
        type: 'call',
        direction: 'outbound',
        subject: 'Renewal call',
        customerId: CUSTOMER,
        companyId: COMPANY,
      });
      expect(interaction).toMatchObject({ endedAt: null, durationSeconds: null, loggedBy: REP, isNew: true, deletedAt: null });
      const [event] = interaction.pullEvents();
      expect(event).toBeInstanceOf(InteractionCreated);
      expect(event.eventName).toBe('crm.interaction-created');
      expect((event as InteractionCreated).payload).toEqual({
        interactionId: interaction.id,
        type: 'call',
        direction: 'outbound',
        customerId: CUSTOMER,
        companyId: COMPANY,
        startedAt: '2026-03-02T09:00:00.000Z',
        endedAt: null,
        outcome: null,
        followUpRequired: false,
        followUpAt: null,
        loggedBy: REP,
      });
    });

    it.each(['call', 'email', 'meeting', 'note', 'sms', 'chat'])('accepts the type %s', (type) => {
      expect(logged({ type }).type).toBe(type);
    });

    it('refuses a type outside the list with INTERACTION_INVALID', () => {
      expect(() => logged({ type: 'fax' })).toThrow(InteractionInvalid);
    });

    it.each(['inbound', 'outbound'])('accepts the direction %s', (direction) => {
      expect(logged({ direction }).direction).toBe(direction);
    });

    it('refuses a direction outside the list', () => {
      expect(() => logged({ direction: 'sideways' })).toThrow(InteractionInvalid);
    });

    it.each(['successful', 'no_answer', 'voicemail', 'busy', 'scheduled', 'not_interested'])('accepts the outcome %s', (outcome) => {
      expect(logged({ outcome }).outcome).toBe(outcome);
    });

    it('refuses an outcome outside the list', () => {
      expect(() => logged({ outcome: 'maybe' })).toThrow(InteractionInvalid);
    });

    it('refuses a blank subject with INTERACTION_SUBJECT_REQUIRED', () => {
      expect(() => logged({ subject: '   ' })).toThrow(InteractionSubjectRequired);
    });

    it('refuses a subject over 200 characters', () => {
      expect(() => logged({ subject: 'x'.repeat(201) })).toThrow(InteractionInvalid);
    });

    it('keeps the description trimmed, and allows it to be empty', () => {
      expect(logged({ description: '  notes \n' }).description).toBe('notes');
      expect(logged({ description: '' }).description).toBe('');
    });

    it('needs a customer, a company or both', () => {
      expect(() => logged({ customerId: null, companyId: null })).toThrow(InteractionPartyRequired);
      expect(logged({ customerId: null, companyId: COMPANY })).toMatchObject({ customerId: null, companyId: COMPANY });
      expect(logged({ customerId: CUSTOMER, companyId: COMPANY })).toMatchObject({ customerId: CUSTOMER, companyId: COMPANY });
    });

    it('refuses an invalid start date', () => {
      expect(() => logged({ startedAt: new Date('not a date') })).toThrow(InteractionInvalid);
    });

    it('logs an interaction that is already over, computing its duration', () => {
      const interaction = logged({ endedAt: at('2026-03-02T09:12:30Z') });
      expect(interaction.endedAt).toEqual(at('2026-03-02T09:12:30Z'));
      expect(interaction.durationSeconds).toBe(750);
    });

    it('accepts an end equal to the start (a zero-length note)', () => {
      expect(logged({ type: 'note', endedAt: START }).durationSeconds).toBe(0);
    });

    it('refuses an end before the start with INTERACTION_END_BEFORE_START', () => {
      expect(() => logged({ endedAt: at('2026-03-02T08:59:59Z') })).toThrow(InteractionEndBeforeStart);
    });

    it('needs a date for a required follow-up', () => {
      expect(() => logged({ followUpRequired: true, followUpAt: null })).toThrow(InteractionFollowUpDateRequired);
      expect(logged({ followUpRequired: true, followUpAt: at('2026-03-09T09:00:00Z') })).toMatchObject({
        followUpRequired: true,
        followUpAt: at('2026-03-09T09:00:00Z'),
      });
    });

    it('refuses a follow-up date when no follow-up is required', () => {
      expect(() => logged({ followUpRequired: false, followUpAt: at('2026-03-09T09:00:00Z') })).toThrow(InteractionFollowUpNotRequired);
    });

    it('refuses a follow-up due before the interaction started', () => {
      expect(() => logged({ followUpRequired: true, followUpAt: at('2026-03-01T09:00:00Z') })).toThrow(InteractionFollowUpBeforeStart);
    });
  });

  describe('attendees', () => {
    it('keeps email addresses as given, trimmed', () => {
      expect(logged({ attendees: [' ada@example.com', 'Grace@Example.com'] }).attendees).toEqual(['ada@example.com', 'Grace@Example.com']);
    });

    it('refuses something that is not an email address with INTERACTION_ATTENDEE_INVALID', () => {
      expect(() => logged({ attendees: ['Ada Lovelace'] })).toThrow(InteractionAttendeeInvalid);
    });

    it('refuses the same address twice, in any letter case, with INTERACTION_ATTENDEE_DUPLICATE', () => {
      expect(() => logged({ attendees: ['ada@example.com', 'ADA@example.com'] })).toThrow(InteractionAttendeeDuplicate);
    });

    it(`refuses more than ${MAX_ATTENDEES} attendees`, () => {
      const many = Array.from({ length: MAX_ATTENDEES + 1 }, (_, i) => `person${i}@example.com`);
      expect(() => logged({ attendees: many })).toThrow(InteractionInvalid);
      expect(logged({ attendees: many.slice(1) }).attendees).toHaveLength(MAX_ATTENDEES);
    });
  });

  describe('ending', () => {
    it('ends once, computing the duration, and raises InteractionEnded', () => {
      const interaction = logged({ outcome: 'scheduled' });

      interaction.end(at('2026-03-02T09:30:00Z'), 'successful');

      expect(interaction).toMatchObject({ endedAt: at('2026-03-02T09:30:00Z'), durationSeconds: 1800, outcome: 'successful' });
      const [event] = interaction.pullEvents();
      expect(event).toBeInstanceOf(InteractionEnded);
      expect((event as InteractionEnded).payload).toEqual({
        interactionId: interaction.id,
        type: 'call',
        endedAt: '2026-03-02T09:30:00.000Z',
        durationSeconds: 1800,
        outcome: 'successful',
      });
    });

    it('keeps the recorded outcome when ending gives none', () => {
      const interaction = logged({ outcome: 'voicemail' });
      interaction.end(at('2026-03-02T09:01:00Z'));
      expect(interaction.outcome).toBe('voicemail');
    });

    it('refuses to end a second time with INTERACTION_ALREADY_ENDED and raises nothing', () => {
      const interaction = logged();
      interaction.end(at('2026-03-02T09:10:00Z'));
      interaction.pullEvents();

      expect(() => interaction.end(at('2026-03-02T09:20:00Z'))).toThrow(InteractionAlreadyEnded);
      expect(interaction.endedAt).toEqual(at('2026-03-02T09:10:00Z'));
      expect(interaction.pullEvents()).toEqual([]);
    });

    it('refuses to end an interaction logged as already over', () => {
      expect(() => logged({ endedAt: at('2026-03-02T09:10:00Z') }).end()).toThrow(InteractionAlreadyEnded);
    });

    it('refuses to end before the start (a meeting that has not begun)', () => {
      const interaction = logged();
      expect(() => interaction.end(at('2026-03-01T09:00:00Z'))).toThrow(InteractionEndBeforeStart);
      expect(interaction.endedAt).toBeNull();
    });

    it('refuses an unknown outcome and stays open', () => {
      const interaction = logged();
      expect(() => interaction.end(at('2026-03-02T10:00:00Z'), 'maybe')).toThrow(InteractionInvalid);
      expect(interaction.endedAt).toBeNull();
    });
  });

  describe('updating', () => {
    it('changes only the fields given and raises InteractionUpdated with the whole new state', () => {
      const interaction = logged({ attendees: ['ada@example.com'] });

      interaction.update({ subject: 'Renewal call (rescheduled)', type: 'meeting', companyId: COMPANY, outcome: undefined });

      expect(interaction).toMatchObject({
        subject: 'Renewal call (rescheduled)',
        type: 'meeting',
        direction: 'outbound',
        companyId: COMPANY,
        customerId: CUSTOMER,
      });
      expect(interaction.attendees).toEqual(['ada@example.com']);
      const [event] = interaction.pullEvents();
      expect(event).toBeInstanceOf(InteractionUpdated);
      expect((event as InteractionUpdated).payload).toMatchObject({ interactionId: interaction.id, type: 'meeting', companyId: COMPANY });
    });

    it('clears a nullable field given as null, but keeps at least one party', () => {
      const interaction = logged({ companyId: COMPANY, outcome: 'busy' });
      interaction.update({ customerId: null, outcome: null });
      expect(interaction).toMatchObject({ customerId: null, companyId: COMPANY, outcome: null });

      expect(() => interaction.update({ companyId: null })).toThrow(InteractionPartyRequired);
      expect(interaction.companyId).toBe(COMPANY);
    });

    it('makes the follow-up required when only a date is given, and clears the date when it is no longer required', () => {
      const interaction = logged();

      interaction.update({ followUpAt: at('2026-03-05T09:00:00Z') });
      expect(interaction).toMatchObject({ followUpRequired: true, followUpAt: at('2026-03-05T09:00:00Z') });

      interaction.update({ followUpRequired: false });
      expect(interaction).toMatchObject({ followUpRequired: false, followUpAt: null });
    });

    it('refuses to require a follow-up without a date', () => {
      const interaction = logged();
      expect(() => interaction.update({ followUpRequired: true })).toThrow(InteractionFollowUpDateRequired);
      expect(interaction.followUpRequired).toBe(false);
    });

    it('refuses to move the start of an ended interaction after its end', () => {
      const interaction = logged({ endedAt: at('2026-03-02T09:30:00Z') });
      expect(() => interaction.update({ startedAt: at('2026-03-02T10:00:00Z') })).toThrow(InteractionEndBeforeStart);
      interaction.update({ startedAt: at('2026-03-02T09:20:00Z') });
      expect(interaction.durationSeconds).toBe(600);
    });

    it('checks attendees again', () => {
      expect(() => logged().update({ attendees: ['not-an-email'] })).toThrow(InteractionAttendeeInvalid);
    });

    it('raises nothing when a rule refuses the change', () => {
      const interaction = logged();
      expect(() => interaction.update({ subject: '' })).toThrow(InteractionSubjectRequired);
      expect(interaction.subject).toBe('Renewal call');
      expect(interaction.pullEvents()).toEqual([]);
    });
  });

  it('is deleted softly, raising InteractionDeleted', () => {
    const interaction = logged({ followUpRequired: true, followUpAt: at('2026-03-03T09:00:00Z') });

    interaction.delete(at('2026-03-04T00:00:00Z'));

    expect(interaction.deletedAt).toEqual(at('2026-03-04T00:00:00Z'));
    expect((interaction.pullEvents()[0] as InteractionDeleted).payload).toEqual({
      interactionId: interaction.id,
      type: 'call',
      followUpRequired: true,
      deletedAt: '2026-03-04T00:00:00.000Z',
    });
  });

  it('is restored as stored, raising nothing', () => {
    const original = logged({ endedAt: at('2026-03-02T09:01:00Z'), attendees: ['ada@example.com'] });
    const interaction = Interaction.restore({
      id: original.id,
      version: 3,
      type: 'call',
      direction: 'inbound',
      subject: 'S',
      description: '',
      customerId: CUSTOMER,
      companyId: null,
      startedAt: START,
      endedAt: at('2026-03-02T09:01:00Z'),
      outcome: null,
      followUpRequired: false,
      followUpAt: null,
      attendees: ['ada@example.com'],
      loggedBy: REP,
      createdAt: START,
      updatedAt: START,
      deletedAt: null,
    });
    expect(interaction.version).toBe(3);
    expect(interaction.durationSeconds).toBe(60);
    expect(interaction.pullEvents()).toEqual([]);
  });
});
