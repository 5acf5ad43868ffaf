import { describeAggregateRepositoryContract, Email, newId, OpenedRepository } from '@promenade/ddd';
import { Company, CompanyState } from '../../domain/company/company.aggregate';
import { companyDetails } from '../../domain/company/company-details';
import { CompanyNameTaken, CompanyNotFound } from '../../domain/company/company.errors';
import { CompanyRepository } from '../../domain/company/company.repository';
import { Customer, CustomerState } from '../../domain/customer/customer.aggregate';
import { CustomerEmailTaken, CustomerNotFound } from '../../domain/customer/customer.errors';
import { CustomerRepository, NEWEST_FIRST } from '../../domain/customer/customer.repository';
import { Deal, DealState } from '../../domain/deal/deal.aggregate';
import { DealNotFound } from '../../domain/deal/deal.errors';
import { DealRepository } from '../../domain/deal/deal.repository';
import { Interaction, InteractionState } from '../../domain/interaction/interaction.aggregate';
import { InteractionNotFound } from '../../domain/interaction/interaction.errors';
import { InteractionRepository } from '../../domain/interaction/interaction.repository';
import { newCustomer, OTHER_REP, REP, USER } from './customer-fixtures';
import { dealIn } from './deal-fixtures';
import { anInteraction, START } from './interaction-fixtures';

const ids = (page: { items: Array<{ id: string }> }) => page.items.map((item) => item.id);
const customerWith = (name: string, email: string, overrides: Parameters<typeof newCustomer>[0] = {}) =>
  Customer.create(newCustomer({ name, email: Email.of(email), ...overrides }));
const company = (name: string, parentId: string | null = null) =>
  Company.create(companyDetails({ name, legalType: 'llc', size: 'small' }), parentId);
const hoursAfterStart = (hours: number) => new Date(START.getTime() + hours * 3_600_000);

/** What every CustomerRepository does, the in-memory fake and the TypeORM adapter alike. */
export function describeCustomerRepositoryContract(open: () => Promise<OpenedRepository<CustomerRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Customer, CustomerState, CustomerRepository>({
    open,
    create: () => customerWith('Ada Lovelace', `ada-${newId()}@example.com`, { phone: '+1 555 0100', tags: ['vip'], userId: newId() }),
    restore: Customer.restore,
    load: (customers, id) => customers.getById(id),
    change: (customer) => customer.qualify(),
  });

  it("hides a deleted customer, and another rep's from a rep limited to their own, as missing ones", async () => {
    const { repository: customers } = current();
    const kept = customerWith('Ada', 'ada@example.com');
    const deleted = customerWith('Grace', 'grace@example.com');
    await customers.save(kept);
    deleted.delete();
    await customers.save(deleted);

    await expect(customers.getById(deleted.id)).rejects.toBeInstanceOf(CustomerNotFound);
    await expect(customers.getById(kept.id, OTHER_REP)).rejects.toBeInstanceOf(CustomerNotFound);
    await expect(customers.getById(kept.id, REP)).resolves.toMatchObject({ id: kept.id });
  });

  it("keeps one live customer per email (any case), frees a deleted one's, and finds the live one by email", async () => {
    const { repository: customers } = current();
    const first = customerWith('Ada', 'ada@example.com', { userId: USER });
    await customers.save(first);

    await expect(customers.save(customerWith('Ada again', 'ADA@example.com'))).rejects.toBeInstanceOf(CustomerEmailTaken);
    first.delete();
    await customers.save(first);
    const second = customerWith('Ada anew', 'ada@example.com');
    await customers.save(second);

    expect((await customers.findLiveByEmail(Email.of('Ada@Example.com')))?.id).toBe(second.id);
    expect((await customers.findLinkedToUser(USER))?.id).toBe(first.id);
    expect(await customers.findLinkedToUser(newId())).toBeNull();
    expect((await customers.lockLinkedToUser(USER))?.id).toBe(first.id);
    expect(await customers.lockLinkedToUser(newId())).toBeNull();
  });

  it('pages the live customers that match the filter in the sort asked for, with the number of matches', async () => {
    const { repository: customers } = current();
    const ada = Customer.create(newCustomer({ name: 'Ada', email: Email.of('ada@example.com'), tags: ['vip'] }), hoursAfterStart(1));
    const grace = Customer.create(newCustomer({ name: 'Grace', email: Email.of('grace@example.com'), tags: ['vip'] }), hoursAfterStart(2));
    const alan = Customer.create(
      newCustomer({ name: 'Alan', email: Email.of('alan@example.com'), assignedTo: OTHER_REP }),
      hoursAfterStart(3),
    );
    grace.qualify();
    for (const customer of [ada, grace, alan]) await customers.save(customer);

    expect(ids(await customers.findPage({}, NEWEST_FIRST, 0, 10))).toEqual([alan.id, grace.id, ada.id]);
    expect(ids(await customers.findPage({}, { field: 'name', direction: 'asc' }, 0, 10))).toEqual([ada.id, alan.id, grace.id]);
    expect(ids(await customers.findPage({ tag: 'vip', status: 'lead' }, NEWEST_FIRST, 0, 10))).toEqual([ada.id]);
    expect(ids(await customers.findPage({ assignedTo: REP, search: 'GRA' }, NEWEST_FIRST, 0, 10))).toEqual([grace.id]);
    expect(await customers.findPage({}, NEWEST_FIRST, 1, 1)).toMatchObject({ total: 3, items: [{ id: grace.id }] });
  });
}

/** What every CompanyRepository does, the in-memory fake and the TypeORM adapter alike. */
export function describeCompanyRepositoryContract(open: () => Promise<OpenedRepository<CompanyRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Company, CompanyState, CompanyRepository>({
    open,
    create: () => company(`ACME ${newId()}`),
    restore: Company.restore,
    load: (companies, id) => companies.getById(id),
    change: (acme) => acme.update({ industry: 'Retail' }),
  });

  it('answers only live companies: a deleted one is not found, by id nor by name', async () => {
    const { repository: companies } = current();
    const acme = company('ACME');
    await companies.save(acme);
    acme.delete(0);
    await companies.save(acme);

    await expect(companies.getById(acme.id)).rejects.toBeInstanceOf(CompanyNotFound);
    expect(await companies.find(acme.id)).toBeUndefined();
    expect(await companies.findByName('acme')).toBeUndefined();
  });

  it('keeps one live company per name (any case) and finds it by name', async () => {
    const { repository: companies } = current();
    const acme = company('ACME');
    await companies.save(acme);

    await expect(companies.save(company('acme'))).rejects.toBeInstanceOf(CompanyNameTaken);
    expect((await companies.findByName('Acme'))?.id).toBe(acme.id);
  });

  it('counts live subsidiaries and pages the companies that match the filter, newest first', async () => {
    const { repository: companies } = current();
    const parent = company('Holding');
    await companies.save(parent);
    const [first, second, gone] = [company('First Sub', parent.id), company('Second Sub', parent.id), company('Gone Sub', parent.id)];
    for (const subsidiary of [first, second, gone]) await companies.save(subsidiary);
    gone.delete(0);
    await companies.save(gone);

    expect(await companies.countSubsidiaries(parent.id)).toBe(2);
    expect(ids(await companies.findPage({ parentId: parent.id }, 0, 10))).toEqual([second.id, first.id]);
    expect(ids(await companies.findPage({ search: 'HOLD' }, 0, 10))).toEqual([parent.id]);
    expect(await companies.findPage({}, 0, 1)).toMatchObject({ total: 3, items: [{ id: second.id }] });
  });
}

/** What every DealRepository does, the in-memory fake and the TypeORM adapter alike. */
export function describeDealRepositoryContract(open: () => Promise<OpenedRepository<DealRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Deal, DealState, DealRepository>({
    open,
    create: () => dealIn('lead'),
    restore: Deal.restore,
    load: (deals, id) => deals.getById(id),
    change: (deal) => deal.moveTo('qualified'),
  });

  it("hides a deleted deal, and another rep's from a rep limited to their own, as missing ones", async () => {
    const { repository: deals } = current();
    const kept = dealIn('lead');
    const deleted = dealIn('lead');
    await deals.save(kept);
    deleted.delete();
    await deals.save(deleted);

    await expect(deals.getById(deleted.id)).rejects.toBeInstanceOf(DealNotFound);
    await expect(deals.getById(kept.id, OTHER_REP)).rejects.toBeInstanceOf(DealNotFound);
    await expect(deals.getById(kept.id, kept.ownerId)).resolves.toMatchObject({ id: kept.id });
  });

  it('pages the live deals that match the filter, newest first, with the number of matches', async () => {
    const { repository: deals } = current();
    const [older, newer, others, qualified] = [dealIn('lead'), dealIn('lead'), dealIn('lead', OTHER_REP), dealIn('qualified')];
    for (const deal of [older, newer, others, qualified]) await deals.save(deal);

    expect(ids(await deals.findPage({ ownerId: older.ownerId, stage: 'lead' }, 0, 10))).toEqual([newer.id, older.id]);
    expect(await deals.findPage({ customerId: older.customerId }, 1, 2)).toMatchObject({
      total: 4,
      items: [{ id: others.id }, { id: newer.id }],
    });
  });
}

/** What every InteractionRepository does, the in-memory fake and the TypeORM adapter alike (reads without a customer scope). */
export function describeInteractionRepositoryContract(open: () => Promise<OpenedRepository<InteractionRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Interaction, InteractionState, InteractionRepository>({
    open,
    create: () =>
      anInteraction({ attendees: ['ada@example.com', 'grace@example.com'], followUpRequired: true, followUpAt: hoursAfterStart(24) }),
    restore: Interaction.restore,
    load: (interactions, id) => interactions.getById(id),
    change: (interaction) => interaction.end(hoursAfterStart(1), 'successful'),
  });

  it('hides a deleted interaction as a missing one', async () => {
    const { repository: interactions } = current();
    const deleted = anInteraction();
    deleted.delete();
    await interactions.save(deleted);

    await expect(interactions.getById(deleted.id)).rejects.toBeInstanceOf(InteractionNotFound);
    expect((await interactions.findPage({}, 0, 10)).total).toBe(0);
  });

  it('pages the live interactions that match the filter newest first, and the due follow-ups soonest first', async () => {
    const { repository: interactions } = current();
    const later = anInteraction({ followUpRequired: true, followUpAt: hoursAfterStart(48) });
    const sooner = anInteraction({ type: 'email', followUpRequired: true, followUpAt: hoursAfterStart(24) });
    const none = anInteraction({ type: 'email' });
    for (const interaction of [later, sooner, none]) await interactions.save(interaction);

    expect(ids(await interactions.findPage({ type: 'email' }, 0, 10))).toEqual([none.id, sooner.id]);
    expect(ids(await interactions.findFollowUps(undefined, 0, 10))).toEqual([sooner.id, later.id]);
    expect(await interactions.findFollowUps(hoursAfterStart(30), 0, 10)).toMatchObject({ total: 1, items: [{ id: sooner.id }] });
  });
}
