import { Money } from '@promenade/ddd';
import { DealCreated } from '../events/deal-created.event';
import { DealDeleted } from '../events/deal-deleted.event';
import { DealLost } from '../events/deal-lost.event';
import { DealStageChanged } from '../events/deal-stage-changed.event';
import { DealUpdated } from '../events/deal-updated.event';
import { DealWon } from '../events/deal-won.event';
import { DEAL_STAGES, DealStage, OPEN_DEAL_STAGES, OpenDealStage } from './deal-stage';
import { Deal, NewDeal } from './deal.aggregate';
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

const NOW = new Date('2026-03-10T15:00:00Z');
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const REP = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170';
const OTHER_REP = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405171';

const newDeal = (overrides: Partial<NewDeal> = {}): NewDeal => ({
  name: 'ACME renewal',
  customerId: CUSTOMER,
  ownerId: REP,
  value: Money.of(250_000, 'EUR'),
  expectedCloseDate: '2026-06-30',
  source: 'referral',
  ...overrides,
});

/** A stored deal in `stage`, walked there one move at a time, with its events taken. */
function dealIn(stage: DealStage): Deal {
  const deal = Deal.create(newDeal(), NOW);
  const target = stage === 'closed_won' ? 'negotiation' : stage === 'closed_lost' ? 'proposal' : stage;
  for (const next of OPEN_DEAL_STAGES.slice(1, OPEN_DEAL_STAGES.indexOf(target) + 1)) deal.moveTo(next, NOW);
  if (stage === 'closed_won') deal.win(NOW);
  if (stage === 'closed_lost') deal.lose('went with a competitor', NOW);
  deal.pullEvents();
  return deal;
}

describe('Deal', () => {
  describe('creation', () => {
    it('opens in lead at 10 % and raises DealCreated with everything a pipeline needs', () => {
      const deal = Deal.create(newDeal({ name: '  ACME renewal ' }), NOW);

      expect(deal).toMatchObject({
        name: 'ACME renewal',
        stage: 'lead',
        probability: 10,
        lostReason: null,
        closedAt: null,
        isNew: true,
        isOpen: true,
      });
      const [event] = deal.pullEvents();
      expect(event).toBeInstanceOf(DealCreated);
      expect(event.eventName).toBe('crm.deal-created');
      expect((event as DealCreated).payload).toEqual({
        dealId: deal.id,
        name: 'ACME renewal',
        customerId: CUSTOMER,
        ownerId: REP,
        value: { amount: 250_000, currency: 'EUR' },
        stage: 'lead',
        probability: 10,
        source: 'referral',
        expectedCloseDate: '2026-06-30',
        createdAt: NOW.toISOString(),
      });
    });

    it('takes a probability given at creation instead of the default', () => {
      expect(Deal.create(newDeal({ probability: 40 }), NOW).probability).toBe(40);
      expect(Deal.create(newDeal({ probability: 0 }), NOW).probability).toBe(0);
      expect(Deal.create(newDeal({ probability: 100 }), NOW).probability).toBe(100);
    });

    it.each([-1, 101, 12.5, Number.NaN])('refuses probability %p with DEAL_PROBABILITY_INVALID', (probability) => {
      expect(() => Deal.create(newDeal({ probability }), NOW)).toThrow(DealProbabilityInvalid);
    });

    it('accepts today as the expected close date', () => {
      expect(Deal.create(newDeal({ expectedCloseDate: '2026-03-10' }), NOW).expectedCloseDate).toBe('2026-03-10');
    });

    it('refuses an expected close date in the past with DEAL_CLOSE_DATE_IN_PAST', () => {
      expect(() => Deal.create(newDeal({ expectedCloseDate: '2026-03-09' }), NOW)).toThrow(DealCloseDateInPast);
      expect(() => Deal.create(newDeal({ expectedCloseDate: '2025-12-31' }), NOW)).toThrow(
        expect.objectContaining({ code: 'DEAL_CLOSE_DATE_IN_PAST', kind: 'invalid' }),
      );
    });

    it.each(['2026-02-30', '2026-13-01', '30.06.2026', '2026-6-30', '2026-06-30T00:00:00Z', ''])(
      'refuses %p as an expected close date with DEAL_CLOSE_DATE_INVALID',
      (expectedCloseDate) => {
        expect(() => Deal.create(newDeal({ expectedCloseDate }), NOW)).toThrow(DealCloseDateInvalid);
      },
    );

    it('refuses a blank or overlong name with DEAL_NAME_INVALID', () => {
      expect(() => Deal.create(newDeal({ name: '   ' }), NOW)).toThrow(DealNameInvalid);
      expect(() => Deal.create(newDeal({ name: 'x'.repeat(201) }), NOW)).toThrow(DealNameInvalid);
      expect(Deal.create(newDeal({ name: 'x'.repeat(200) }), NOW).name).toHaveLength(200);
    });

    it('refuses a negative value with DEAL_VALUE_INVALID, and accepts zero', () => {
      expect(() => Deal.create(newDeal({ value: Money.of(-1, 'EUR') }), NOW)).toThrow(DealValueInvalid);
      expect(Deal.create(newDeal({ value: Money.zero('EUR') }), NOW).value.amount).toBe(0);
    });

    it.each(['inbound', 'outbound', 'referral', 'partner', 'event', 'advertising'] as const)('accepts source %p', (source) => {
      expect(Deal.create(newDeal({ source }), NOW).source).toBe(source);
    });

    it('refuses an unknown source with DEAL_SOURCE_INVALID', () => {
      expect(() => Deal.create(newDeal({ source: 'cold-call' as never }), NOW)).toThrow(DealSourceInvalid);
    });

    it('is restored as stored, raising nothing', () => {
      const deal = dealIn('proposal');
      const restored = Deal.restore({
        id: deal.id,
        version: 3,
        name: deal.name,
        customerId: CUSTOMER,
        ownerId: REP,
        value: deal.value,
        stage: 'proposal',
        probability: 35,
        expectedCloseDate: '2020-01-01',
        source: 'event',
        lostReason: null,
        createdAt: NOW,
        updatedAt: NOW,
        closedAt: null,
        deletedAt: null,
      });
      expect(restored).toMatchObject({ version: 3, stage: 'proposal', probability: 35, expectedCloseDate: '2020-01-01' });
      expect(restored.pullEvents()).toEqual([]);
    });
  });

  describe('stage moves', () => {
    it.each([
      ['lead', 'qualified', 25],
      ['qualified', 'proposal', 50],
      ['proposal', 'negotiation', 75],
    ] as const)('moves forward one stage, %s → %s, taking the default probability %d', (from, to, probability) => {
      const deal = dealIn(from);
      deal.moveTo(to, NOW);

      expect(deal).toMatchObject({ stage: to, probability });
      const [event] = deal.pullEvents();
      expect(event).toBeInstanceOf(DealStageChanged);
      expect(event.eventName).toBe('crm.deal-stage-changed');
      expect((event as DealStageChanged).payload).toEqual({
        dealId: deal.id,
        ownerId: REP,
        value: { amount: 250_000, currency: 'EUR' },
        from,
        to,
        probability,
        changedAt: NOW.toISOString(),
      });
    });

    it.each([
      ['qualified', 'lead', 10],
      ['proposal', 'qualified', 25],
      ['negotiation', 'proposal', 50],
    ] as const)('moves back one open stage, %s → %s, taking the default probability %d', (from, to, probability) => {
      const deal = dealIn(from);
      deal.moveTo(to, NOW);
      expect(deal).toMatchObject({ stage: to, probability });
    });

    it.each([
      ['lead', 'proposal'],
      ['lead', 'negotiation'],
      ['qualified', 'negotiation'],
    ] as const)('refuses skipping forward %s → %s with DEAL_INVALID_TRANSITION', (from, to) => {
      const deal = dealIn(from);
      expect(() => deal.moveTo(to, NOW)).toThrow(DealInvalidTransition);
      expect(deal.stage).toBe(from);
      expect(deal.pullEvents()).toEqual([]);
    });

    it.each([
      ['proposal', 'lead'],
      ['negotiation', 'qualified'],
      ['negotiation', 'lead'],
    ] as const)('refuses moving back more than one stage, %s → %s, with DEAL_INVALID_TRANSITION', (from, to) => {
      expect(() => dealIn(from).moveTo(to, NOW)).toThrow(DealInvalidTransition);
    });

    it.each(OPEN_DEAL_STAGES)('refuses "moving" %s to itself with DEAL_INVALID_TRANSITION', (stage) => {
      expect(() => dealIn(stage).moveTo(stage, NOW)).toThrow(DealInvalidTransition);
    });

    it('refuses closing a deal by a stage move: winning and losing have their own rules', () => {
      expect(() => dealIn('negotiation').moveTo('closed_won', NOW)).toThrow(
        expect.objectContaining({ code: 'DEAL_INVALID_TRANSITION', kind: 'conflict' }),
      );
      expect(() => dealIn('lead').moveTo('closed_lost', NOW)).toThrow(DealInvalidTransition);
    });

    it('resets an overridden probability to the new stage default', () => {
      const deal = dealIn('qualified');
      deal.revise({ probability: 60 }, NOW);
      deal.moveTo('proposal', NOW);
      expect(deal.probability).toBe(50);
    });
  });

  describe('winning', () => {
    it('wins from negotiation: closed_won at 100 %, closedAt set, DealWon raised', () => {
      const deal = dealIn('negotiation');
      const later = new Date('2026-04-01T09:00:00Z');
      deal.win(later);

      expect(deal).toMatchObject({ stage: 'closed_won', probability: 100, closedAt: later, isOpen: false });
      const [event] = deal.pullEvents();
      expect(event).toBeInstanceOf(DealWon);
      expect(event.eventName).toBe('crm.deal-won');
      expect((event as DealWon).payload).toEqual({
        dealId: deal.id,
        customerId: CUSTOMER,
        ownerId: REP,
        value: { amount: 250_000, currency: 'EUR' },
        createdAt: NOW.toISOString(),
        wonAt: later.toISOString(),
      });
    });

    it.each(['lead', 'qualified', 'proposal'] as const)('refuses winning from %s with DEAL_NOT_IN_NEGOTIATION', (stage) => {
      const deal = dealIn(stage);
      expect(() => deal.win(NOW)).toThrow(DealNotInNegotiation);
      expect(() => deal.win(NOW)).toThrow(expect.objectContaining({ code: 'DEAL_NOT_IN_NEGOTIATION', kind: 'conflict' }));
      expect(deal.stage).toBe(stage);
      expect(deal.pullEvents()).toEqual([]);
    });
  });

  describe('losing', () => {
    it.each(OPEN_DEAL_STAGES)('loses from %s with a reason: closed_lost at 0 %, DealLost raised', (stage: OpenDealStage) => {
      const deal = dealIn(stage);
      deal.lose('  budget cut ', NOW);

      expect(deal).toMatchObject({ stage: 'closed_lost', probability: 0, lostReason: 'budget cut', closedAt: NOW });
      const [event] = deal.pullEvents();
      expect(event).toBeInstanceOf(DealLost);
      expect(event.eventName).toBe('crm.deal-lost');
      expect((event as DealLost).payload).toEqual({
        dealId: deal.id,
        customerId: CUSTOMER,
        ownerId: REP,
        value: { amount: 250_000, currency: 'EUR' },
        fromStage: stage,
        reason: 'budget cut',
        createdAt: NOW.toISOString(),
        lostAt: NOW.toISOString(),
      });
    });

    it.each(['', '   ', '\n\t'])('refuses losing with reason %p with DEAL_LOSS_REASON_REQUIRED and stays open', (reason) => {
      const deal = dealIn('proposal');
      expect(() => deal.lose(reason, NOW)).toThrow(DealLossReasonRequired);
      expect(deal).toMatchObject({ stage: 'proposal', lostReason: null });
      expect(deal.pullEvents()).toEqual([]);
    });
  });

  describe('closed deals are final', () => {
    const closedActions: Array<[string, (deal: Deal) => void]> = [
      ['win', (deal) => deal.win(NOW)],
      ['lose', (deal) => deal.lose('late reason', NOW)],
      ...DEAL_STAGES.map((stage): [string, (deal: Deal) => void] => [`move to ${stage}`, (deal) => deal.moveTo(stage, NOW)]),
      ['override the probability', (deal) => deal.revise({ probability: 50 }, NOW)],
      ['rename', (deal) => deal.revise({ name: 'Renamed' }, NOW)],
      ['delete', (deal) => deal.delete(NOW)],
    ];

    describe.each(['closed_won', 'closed_lost'] as const)('a %s deal', (stage) => {
      it.each(closedActions)('refuses to %s with DEAL_CLOSED and raises nothing', (_, act) => {
        const deal = dealIn(stage);
        const before = {
          stage: deal.stage,
          probability: deal.probability,
          name: deal.name,
          lostReason: deal.lostReason,
          deletedAt: deal.deletedAt,
        };

        expect(() => act(deal)).toThrow(DealClosed);
        expect(() => act(deal)).toThrow(expect.objectContaining({ code: 'DEAL_CLOSED', kind: 'conflict' }));
        expect({
          stage: deal.stage,
          probability: deal.probability,
          name: deal.name,
          lostReason: deal.lostReason,
          deletedAt: deal.deletedAt,
        }).toEqual(before);
        expect(deal.pullEvents()).toEqual([]);
      });
    });
  });

  describe('revising an open deal', () => {
    it('overrides the probability (0–100) and raises DealUpdated with the revisable fields as they now are', () => {
      const deal = dealIn('proposal');
      deal.revise({ probability: 65 }, NOW);

      expect(deal.probability).toBe(65);
      const [event] = deal.pullEvents();
      expect(event).toBeInstanceOf(DealUpdated);
      expect(event.eventName).toBe('crm.deal-updated');
      expect((event as DealUpdated).payload).toEqual({
        dealId: deal.id,
        name: 'ACME renewal',
        ownerId: REP,
        value: { amount: 250_000, currency: 'EUR' },
        probability: 65,
        source: 'referral',
        expectedCloseDate: '2026-06-30',
        stage: 'proposal',
        updatedAt: NOW.toISOString(),
      });
    });

    it.each([-5, 101, 33.3])('refuses overriding the probability with %p (DEAL_PROBABILITY_INVALID)', (probability) => {
      const deal = dealIn('lead');
      expect(() => deal.revise({ probability }, NOW)).toThrow(DealProbabilityInvalid);
      expect(deal.probability).toBe(10);
    });

    it('changes name, owner, value, source and expected close date together', () => {
      const deal = dealIn('qualified');
      deal.revise(
        { name: 'ACME renewal 2027', ownerId: OTHER_REP, value: Money.of(99, 'USD'), source: 'partner', expectedCloseDate: '2026-12-01' },
        NOW,
      );

      expect(deal).toMatchObject({
        name: 'ACME renewal 2027',
        ownerId: OTHER_REP,
        source: 'partner',
        expectedCloseDate: '2026-12-01',
        stage: 'qualified',
      });
      expect(deal.value.toJSON()).toEqual({ amount: 99, currency: 'USD' });
      expect(deal.pullEvents()).toHaveLength(1);
    });

    it('refuses moving the expected close date into the past, but keeps an unchanged one that has since passed', () => {
      const deal = Deal.restore({ ...stateOf(dealIn('lead')), expectedCloseDate: '2026-03-01' });

      expect(() => deal.revise({ expectedCloseDate: '2026-03-05' }, NOW)).toThrow(DealCloseDateInPast);
      deal.revise({ expectedCloseDate: '2026-03-01', name: 'Kept date' }, NOW);
      expect(deal).toMatchObject({ name: 'Kept date', expectedCloseDate: '2026-03-01' });
    });

    it('raises nothing when the revision changes nothing', () => {
      const deal = dealIn('lead');
      deal.revise({ name: 'ACME renewal', probability: 10, value: Money.of(250_000, 'EUR') }, NOW);
      deal.revise({}, NOW);
      expect(deal.pullEvents()).toEqual([]);
    });

    it('applies nothing when one field breaks a rule', () => {
      const deal = dealIn('lead');
      expect(() => deal.revise({ name: 'New name', value: Money.of(-1, 'EUR') }, NOW)).toThrow(DealValueInvalid);
      expect(deal.name).toBe('ACME renewal');
    });
  });

  describe('deletion', () => {
    it.each(OPEN_DEAL_STAGES)('soft-deletes a deal in %s and raises DealDeleted', (stage) => {
      const deal = dealIn(stage);
      deal.delete(NOW);

      expect(deal.deletedAt).toEqual(NOW);
      const [event] = deal.pullEvents();
      expect(event).toBeInstanceOf(DealDeleted);
      expect((event as DealDeleted).payload).toEqual({ dealId: deal.id, ownerId: REP, stage, deletedAt: NOW.toISOString() });
    });
  });
});

function stateOf(deal: Deal) {
  return deal.snapshot();
}
