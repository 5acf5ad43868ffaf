import { eventHandlerOf } from '@promenade/messaging';
import { InteractionCreated } from '../../domain/events/interaction-created.event';
import { InteractionDeleted } from '../../domain/events/interaction-deleted.event';
import { InteractionEnded } from '../../domain/events/interaction-ended.event';
import { InteractionUpdated } from '../../domain/events/interaction-updated.event';
import { InMemoryAnalyticsProjection } from '../testing/in-memory-analytics-projection';
import { ProjectInteractionAnalyticsOnInteractionChanged } from './project-interaction-analytics.on-interaction-changed';

const INTERACTION = '0190a5b0-7c4e-7d2a-9b3c-00000000e001';
const facts = {
  interactionId: INTERACTION,
  type: 'call',
  direction: 'outbound',
  customerId: 'c1',
  companyId: null,
  startedAt: '2026-11-01T10:00:00.000Z',
  endedAt: null,
  outcome: null,
  followUpRequired: true,
  followUpAt: '2026-11-08T10:00:00.000Z',
};
const ended = (sequence: number) =>
  new InteractionEnded(
    { interactionId: INTERACTION, type: 'call', endedAt: '2026-11-01T10:30:00.000Z', durationSeconds: 1800, outcome: 'successful' },
    { sequence },
  );

describe('ProjectInteractionAnalyticsOnInteractionChanged', () => {
  let store: InMemoryAnalyticsProjection;
  let project: ProjectInteractionAnalyticsOnInteractionChanged;

  beforeEach(() => {
    store = new InMemoryAnalyticsProjection();
    project = new ProjectInteractionAnalyticsOnInteractionChanged(store);
  });

  it('subscribes to the interaction events', () => {
    expect(eventHandlerOf(ProjectInteractionAnalyticsOnInteractionChanged)).toEqual({
      id: 'crm.project-interaction-analytics-on-interaction-changed',
      events: [InteractionCreated, InteractionUpdated, InteractionEnded, InteractionDeleted],
    });
  });

  it('records an interaction with its type and pending follow-up, then its end', async () => {
    await project.handle(new InteractionCreated({ ...facts, loggedBy: 'u1' }, { sequence: 1 }));
    await project.handle(ended(2));

    expect(store.interactions.get(INTERACTION)).toEqual({
      sequence: 2,
      facts: { type: 'call', followUpRequired: true, followUpAt: '2026-11-08T10:00:00.000Z', endedAt: '2026-11-01T10:30:00.000Z' },
    });
  });

  it('drops the follow-up when a newer revision says none is required, and ignores an older revision after it', async () => {
    await project.handle(new InteractionCreated({ ...facts, loggedBy: 'u1' }, { sequence: 1 }));
    await project.handle(new InteractionUpdated({ ...facts, followUpRequired: false, followUpAt: null }, { sequence: 3 }));

    await project.handle(new InteractionUpdated({ ...facts, type: 'email' }, { sequence: 2 }));

    expect(store.interactions.get(INTERACTION)?.facts).toMatchObject({ type: 'call', followUpRequired: false });
  });

  it('changes nothing when the same event is handled again', async () => {
    await project.handle(new InteractionCreated({ ...facts, loggedBy: 'u1' }, { sequence: 1 }));
    await project.handle(ended(2));
    const before = structuredClone(store.interactions.get(INTERACTION));

    await project.handle(ended(2));

    expect(store.interactions.get(INTERACTION)).toEqual(before);
  });

  it('marks a deleted interaction', async () => {
    await project.handle(new InteractionCreated({ ...facts, loggedBy: 'u1' }, { sequence: 1 }));
    await project.handle(
      new InteractionDeleted(
        { interactionId: INTERACTION, type: 'call', followUpRequired: true, deletedAt: '2026-11-02T10:00:00.000Z' },
        { sequence: 2 },
      ),
    );

    expect(store.interactions.get(INTERACTION)?.facts).toMatchObject({ deleted: true });
  });
});
