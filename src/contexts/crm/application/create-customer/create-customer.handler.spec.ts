import { InvalidEmail } from '@promenade/ddd';
import { CustomerCreated } from '../../domain/events/customer-created.event';
import {
  CustomerCompanyNotFound,
  CustomerDetailsInvalid,
  CustomerEmailTaken,
  CustomerTagDuplicate,
} from '../../domain/customer/customer.errors';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { COMPANY, REP, UNKNOWN, companiesKnowing } from '../testing/customer-fixtures';
import { CreateCustomer, NewCustomerDetails } from './create-customer.command';
import { CreateCustomerHandler } from './create-customer.handler';

const details = (overrides: Partial<NewCustomerDetails> = {}): NewCustomerDetails => ({
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  source: 'referral',
  assignedTo: REP,
  ...overrides,
});

describe('CreateCustomerHandler', () => {
  let customers: InMemoryCustomerRepository;
  let handler: CreateCustomerHandler;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    handler = new CreateCustomerHandler(customers, companiesKnowing(COMPANY));
  });

  const stored = async () => (await customers.findPage({}, { field: 'createdAt', direction: 'desc' }, 0, 100)).total;

  it('opens a free lead with the details given, raises CustomerCreated, and answers its id', async () => {
    const id = await handler.execute(new CreateCustomer(details({ phone: '+44 20 7946 0958', companyId: COMPANY, tags: ['VIP'] })));

    const customer = await customers.getById(id);
    expect(customer).toMatchObject({
      name: 'Ada Lovelace',
      phone: '+44 20 7946 0958',
      source: 'referral',
      assignedTo: REP,
      companyId: COMPANY,
      userId: null,
      tags: ['vip'],
      status: 'lead',
      tier: 'free',
      version: 1,
    });
    expect(customer.email.value).toBe('ada@example.com');
    expect(customers.published).toHaveLength(1);
    expect(customers.published[0]).toBeInstanceOf(CustomerCreated);
    expect(customers.published[0].payload).toMatchObject({ customerId: id, assignedTo: REP, companyId: COMPANY, source: 'referral' });
  });

  it('leaves phone and company empty when not given', async () => {
    const id = await handler.execute(new CreateCustomer(details()));

    expect(await customers.getById(id)).toMatchObject({ phone: null, companyId: null, tags: [] });
  });

  it('refuses an email a live customer has, whatever its case, with CUSTOMER_EMAIL_TAKEN', async () => {
    await handler.execute(new CreateCustomer(details()));

    const attempt = handler.execute(new CreateCustomer(details({ email: 'ADA@Example.com', name: 'Someone else' })));

    await expect(attempt).rejects.toBeInstanceOf(CustomerEmailTaken);
    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_EMAIL_TAKEN', kind: 'conflict' });
    expect(await stored()).toBe(1);
  });

  it('refuses a company that does not exist with CUSTOMER_COMPANY_NOT_FOUND (422) and stores nothing', async () => {
    const attempt = handler.execute(new CreateCustomer(details({ companyId: UNKNOWN })));

    await expect(attempt).rejects.toBeInstanceOf(CustomerCompanyNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_COMPANY_NOT_FOUND', kind: 'invalid' });
    expect(await stored()).toBe(0);
  });

  it.each([
    ['a malformed email', details({ email: 'not-an-email' }), InvalidEmail],
    ['a blank name', details({ name: ' ' }), CustomerDetailsInvalid],
    ['a duplicated tag', details({ tags: ['vip', 'VIP'] }), CustomerTagDuplicate],
  ])('refuses %s and stores nothing', async (_case, invalid, error) => {
    await expect(handler.execute(new CreateCustomer(invalid))).rejects.toBeInstanceOf(error);
    expect(await stored()).toBe(0);
  });
});
