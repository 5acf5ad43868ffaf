import { eventHandlerOf } from '@promenade/messaging';
import { CustomerAssigned } from '../../domain/events/customer-assigned.event';
import { CustomerChurned } from '../../domain/events/customer-churned.event';
import { CustomerConverted } from '../../domain/events/customer-converted.event';
import { CustomerCreated } from '../../domain/events/customer-created.event';
import { CustomerDeleted } from '../../domain/events/customer-deleted.event';
import { CustomerDowngraded } from '../../domain/events/customer-downgraded.event';
import { CustomerQualified } from '../../domain/events/customer-qualified.event';
import { CustomerReactivated } from '../../domain/events/customer-reactivated.event';
import { CustomerUpgraded } from '../../domain/events/customer-upgraded.event';
import { InMemoryAnalyticsProjection } from '../testing/in-memory-analytics-projection';
import { ProjectCustomerAnalyticsOnCustomerChanged } from './project-customer-analytics.on-customer-changed';

const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-00000000c001';
const REP = '0190a5b0-7c4e-7d2a-9b3c-00000000a001';

const created = (sequence: number) =>
  new CustomerCreated(
    {
      customerId: CUSTOMER,
      status: 'lead',
      tier: 'free',
      source: 'inbound',
      assignedTo: REP,
      companyId: null,
      userId: null,
      createdAt: '2026-11-01T10:00:00.000Z',
    },
    { sequence },
  );
const qualified = (sequence: number) =>
  new CustomerQualified({ customerId: CUSTOMER, qualifiedAt: '2026-11-02T10:00:00.000Z' }, { sequence });
const converted = (sequence: number) =>
  new CustomerConverted({ customerId: CUSTOMER, convertedAt: '2026-11-09T10:00:00.000Z' }, { sequence });

describe('ProjectCustomerAnalyticsOnCustomerChanged', () => {
  let store: InMemoryAnalyticsProjection;
  let project: ProjectCustomerAnalyticsOnCustomerChanged;

  beforeEach(() => {
    store = new InMemoryAnalyticsProjection();
    project = new ProjectCustomerAnalyticsOnCustomerChanged(store);
  });

  it('subscribes to every event that changes a customer’s status, tier or rep', () => {
    expect(eventHandlerOf(ProjectCustomerAnalyticsOnCustomerChanged)).toEqual({
      id: 'crm.project-customer-analytics-on-customer-changed',
      events: [
        CustomerCreated,
        CustomerQualified,
        CustomerConverted,
        CustomerChurned,
        CustomerReactivated,
        CustomerUpgraded,
        CustomerDowngraded,
        CustomerAssigned,
        CustomerDeleted,
      ],
    });
  });

  it('follows a customer through its lifecycle, recording one transition per move', async () => {
    await project.handle(created(1));
    await project.handle(qualified(2));
    await project.handle(converted(3));
    await project.handle(
      new CustomerChurned({ customerId: CUSTOMER, reason: 'price', churnedAt: '2026-11-10T10:00:00.000Z' }, { sequence: 4 }),
    );
    await project.handle(new CustomerReactivated({ customerId: CUSTOMER, reactivatedAt: '2026-11-11T10:00:00.000Z' }, { sequence: 5 }));

    expect(store.customers.get(CUSTOMER)).toEqual({
      sequence: 5,
      facts: { status: 'customer', tier: 'free', assignedTo: REP, createdAt: '2026-11-01T10:00:00.000Z' },
    });
    expect([...store.transitions.values()].map(({ status }) => status)).toEqual(['lead', 'prospect', 'customer', 'churned', 'customer']);
  });

  it('keeps the tier and the rep up to date', async () => {
    await project.handle(created(1));
    await project.handle(
      new CustomerUpgraded({ customerId: CUSTOMER, from: 'free', to: 'pro', upgradedAt: '2026-11-02T10:00:00.000Z' }, { sequence: 2 }),
    );
    await project.handle(
      new CustomerDowngraded({ customerId: CUSTOMER, from: 'pro', to: 'basic', downgradedAt: '2026-11-03T10:00:00.000Z' }, { sequence: 3 }),
    );
    await project.handle(
      new CustomerAssigned(
        { customerId: CUSTOMER, previousRepId: REP, repId: 'rep-2', assignedAt: '2026-11-04T10:00:00.000Z' },
        { sequence: 4 },
      ),
    );

    expect(store.customers.get(CUSTOMER)?.facts).toMatchObject({ tier: 'basic', assignedTo: 'rep-2' });
  });

  it('counts a replayed transition once', async () => {
    await project.handle(created(1));
    await project.handle(qualified(2));

    await project.handle(qualified(2));

    expect(store.transitions.size).toBe(2);
    expect(store.customers.get(CUSTOMER)).toMatchObject({ sequence: 2, facts: { status: 'prospect' } });
  });

  it('ignores the status of an older event delivered late, yet still counts its move and fills in what it knows', async () => {
    await project.handle(converted(3));
    await project.handle(qualified(2));
    await project.handle(created(1));

    expect(store.customers.get(CUSTOMER)).toEqual({
      sequence: 3,
      facts: { status: 'customer', tier: 'free', assignedTo: REP, createdAt: '2026-11-01T10:00:00.000Z' },
    });
    expect(store.transitions.size).toBe(3);
  });

  it('marks a deleted customer with its last status and tier', async () => {
    await project.handle(created(1));
    await project.handle(
      new CustomerDeleted({ customerId: CUSTOMER, status: 'lead', tier: 'free', deletedAt: '2026-11-05T10:00:00.000Z' }, { sequence: 2 }),
    );

    expect(store.customers.get(CUSTOMER)?.facts).toMatchObject({ deleted: true, status: 'lead' });
  });

  it('fails an event that carries no sequence, recording nothing', async () => {
    await expect(project.handle(new CustomerQualified({ customerId: CUSTOMER, qualifiedAt: '2026-11-02T10:00:00.000Z' }))).rejects.toThrow(
      /has no sequence/,
    );

    expect(store.customers.size).toBe(0);
  });
});
