import { eventHandlerOf } from '@promenade/messaging';
import { DealCreated } from '../../domain/events/deal-created.event';
import { DealDeleted } from '../../domain/events/deal-deleted.event';
import { DealLost } from '../../domain/events/deal-lost.event';
import { DealStageChanged } from '../../domain/events/deal-stage-changed.event';
import { DealUpdated } from '../../domain/events/deal-updated.event';
import { DealWon } from '../../domain/events/deal-won.event';
import { InMemoryAnalyticsProjection } from '../testing/in-memory-analytics-projection';
import { ProjectDealAnalyticsOnDealChanged } from './project-deal-analytics.on-deal-changed';

const DEAL = '0190a5b0-7c4e-7d2a-9b3c-00000000d001';
const OWNER = '0190a5b0-7c4e-7d2a-9b3c-00000000a001';
const value = { amount: 500_000, currency: 'EUR' };

const created = (sequence: number) =>
  new DealCreated(
    {
      dealId: DEAL,
      name: 'Fleet renewal',
      customerId: 'c1',
      ownerId: OWNER,
      value,
      stage: 'lead',
      probability: 10,
      source: 'inbound',
      expectedCloseDate: '2026-12-31',
      createdAt: '2026-11-01T10:00:00.000Z',
    },
    { sequence },
  );
const moved = (from: string, to: string, probability: number, sequence: number) =>
  new DealStageChanged({ dealId: DEAL, ownerId: OWNER, value, from, to, probability, changedAt: '2026-11-02T10:00:00.000Z' }, { sequence });
const won = (sequence: number) =>
  new DealWon(
    { dealId: DEAL, customerId: 'c1', ownerId: OWNER, value, createdAt: '2026-11-01T10:00:00.000Z', wonAt: '2026-11-11T10:00:00.000Z' },
    { sequence },
  );

describe('ProjectDealAnalyticsOnDealChanged', () => {
  let store: InMemoryAnalyticsProjection;
  let project: ProjectDealAnalyticsOnDealChanged;

  beforeEach(() => {
    store = new InMemoryAnalyticsProjection();
    project = new ProjectDealAnalyticsOnDealChanged(store);
  });

  it('subscribes to every deal event that moves the pipeline, conversions or revenue', () => {
    expect(eventHandlerOf(ProjectDealAnalyticsOnDealChanged)).toEqual({
      id: 'crm.project-deal-analytics-on-deal-changed',
      events: [DealCreated, DealStageChanged, DealUpdated, DealWon, DealLost, DealDeleted],
    });
  });

  it('records a new deal in its open stage with its value, owner and probability', async () => {
    await project.handle(created(1));

    expect(store.deals.get(DEAL)).toEqual({
      sequence: 1,
      facts: {
        ownerId: OWNER,
        stage: 'lead',
        valueAmount: 500_000,
        currency: 'EUR',
        probability: 10,
        createdAt: '2026-11-01T10:00:00.000Z',
      },
    });
  });

  it('closes a won deal with its close date and the date it was opened', async () => {
    await project.handle(created(1));
    await project.handle(won(2));

    expect(store.deals.get(DEAL)?.facts).toMatchObject({
      stage: 'closed_won',
      closedAt: '2026-11-11T10:00:00.000Z',
      probability: 100,
      valueAmount: 500_000,
    });
  });

  it('records a lost deal as closed_lost', async () => {
    await project.handle(created(1));
    await project.handle(
      new DealLost(
        {
          dealId: DEAL,
          customerId: 'c1',
          ownerId: OWNER,
          value,
          fromStage: 'lead',
          reason: 'budget',
          createdAt: '2026-11-01T10:00:00.000Z',
          lostAt: '2026-11-05T10:00:00.000Z',
        },
        { sequence: 2 },
      ),
    );

    expect(store.deals.get(DEAL)?.facts).toMatchObject({ stage: 'closed_lost', closedAt: '2026-11-05T10:00:00.000Z' });
  });

  it('leaves the row as it was when the same event is handled again (a replay does not count twice)', async () => {
    await project.handle(created(1));
    await project.handle(won(2));
    const before = structuredClone(store.deals.get(DEAL));

    await project.handle(won(2));

    expect(store.deals.get(DEAL)).toEqual(before);
    expect(store.deals.size).toBe(1);
  });

  it('ignores a stage move older than the win already applied (a late retry)', async () => {
    await project.handle(created(1));
    await project.handle(won(3));

    await project.handle(moved('lead', 'qualified', 25, 2));

    expect(store.deals.get(DEAL)).toMatchObject({ sequence: 3, facts: { stage: 'closed_won', probability: 100 } });
  });

  it('fills in the opening facts when the creation arrives after a newer event', async () => {
    await project.handle(moved('lead', 'qualified', 25, 2));

    await project.handle(created(1));

    expect(store.deals.get(DEAL)).toEqual({
      sequence: 2,
      facts: {
        ownerId: OWNER,
        stage: 'qualified',
        valueAmount: 500_000,
        currency: 'EUR',
        probability: 25,
        createdAt: '2026-11-01T10:00:00.000Z',
      },
    });
  });

  it('marks a deleted deal, keeping its other facts', async () => {
    await project.handle(created(1));
    await project.handle(
      new DealDeleted({ dealId: DEAL, ownerId: OWNER, stage: 'lead', deletedAt: '2026-11-03T10:00:00.000Z' }, { sequence: 2 }),
    );

    expect(store.deals.get(DEAL)?.facts).toMatchObject({ deleted: true, stage: 'lead' });
  });

  it('fails an event that carries no sequence, recording nothing, so it is retried and then dead-lettered', async () => {
    await expect(project.handle(new DealWon(won(1).payload))).rejects.toThrow(/has no sequence/);

    expect(store.deals.size).toBe(0);
  });
});
