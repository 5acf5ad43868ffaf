import { Email } from '@promenade/ddd';
import {
  CustomerCompanyNotFound,
  CustomerDetailsInvalid,
  CustomerEmailTaken,
  CustomerNotFound,
} from '../../domain/customer/customer.errors';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { companiesKnowing, COMPANY, OTHER_REP, REP, storedCustomer, UNKNOWN } from '../testing/customer-fixtures';
import { UpdateCustomer } from './update-customer.command';
import { UpdateCustomerHandler } from './update-customer.handler';

describe('UpdateCustomerHandler', () => {
  let customers: InMemoryCustomerRepository;
  let handler: UpdateCustomerHandler;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    handler = new UpdateCustomerHandler(customers, companiesKnowing(COMPANY));
  });

  it('changes only the fields given and keeps status, tier, rep and tags', async () => {
    const id = await storedCustomer(customers, 'customer', { phone: '+1 555 0100', tags: ['vip'] }, 'pro');

    await handler.execute(new UpdateCustomer(id, { name: 'Ada King', email: 'ada.king@example.com', companyId: COMPANY }));

    const customer = await customers.getById(id);
    expect(customer).toMatchObject({
      name: 'Ada King',
      phone: '+1 555 0100',
      companyId: COMPANY,
      status: 'customer',
      tier: 'pro',
      assignedTo: REP,
      tags: ['vip'],
      version: 2,
    });
    expect(customer.email.value).toBe('ada.king@example.com');
    expect(customers.published).toEqual([]);
  });

  it('keeps the fields whose keys hold undefined, as a DTO spread into the command would carry them', async () => {
    const id = await storedCustomer(customers, 'lead', { phone: '+1 555 0100', companyId: COMPANY });

    await handler.execute(
      new UpdateCustomer(id, { name: 'Renamed', email: undefined, phone: undefined, source: undefined, companyId: undefined }),
    );

    expect(await customers.getById(id)).toMatchObject({ name: 'Renamed', phone: '+1 555 0100', companyId: COMPANY, source: 'inbound' });
  });

  it('takes an empty change as nothing to do: nothing saved, the version stays', async () => {
    const id = await storedCustomer(customers, 'lead', { phone: '+1 555 0100' });

    await handler.execute(new UpdateCustomer(id, {}));
    await handler.execute(new UpdateCustomer(id, { phone: '+1 555 0100' }));

    expect(await customers.getById(id)).toMatchObject({ phone: '+1 555 0100', version: 1 });
  });

  it('clears phone and company with null', async () => {
    const id = await storedCustomer(customers, 'lead', { phone: '+1 555 0100', companyId: COMPANY });

    await handler.execute(new UpdateCustomer(id, { phone: null, companyId: null }));

    expect(await customers.getById(id)).toMatchObject({ phone: null, companyId: null });
  });

  it("keeps the customer's own email, in another case, without calling it taken", async () => {
    const id = await storedCustomer(customers);

    await handler.execute(new UpdateCustomer(id, { email: 'ADA@example.com' }));

    expect((await customers.getById(id)).email.value).toBe('ADA@example.com');
  });

  it("refuses another live customer's email with CUSTOMER_EMAIL_TAKEN and saves nothing", async () => {
    await storedCustomer(customers, 'lead', { email: Email.of('bob@example.com') });
    const id = await storedCustomer(customers);

    const attempt = handler.execute(new UpdateCustomer(id, { email: 'Bob@example.com' }));

    await expect(attempt).rejects.toBeInstanceOf(CustomerEmailTaken);
    expect(await customers.getById(id)).toMatchObject({ version: 1 });
  });

  it('refuses a company that does not exist with CUSTOMER_COMPANY_NOT_FOUND', async () => {
    const id = await storedCustomer(customers);

    await expect(handler.execute(new UpdateCustomer(id, { companyId: UNKNOWN }))).rejects.toBeInstanceOf(CustomerCompanyNotFound);
  });

  it('refuses a blank name with CUSTOMER_DETAILS_INVALID', async () => {
    const id = await storedCustomer(customers);

    await expect(handler.execute(new UpdateCustomer(id, { name: '' }))).rejects.toBeInstanceOf(CustomerDetailsInvalid);
  });

  it('refuses an unknown customer with CUSTOMER_NOT_FOUND', async () => {
    await expect(handler.execute(new UpdateCustomer(UNKNOWN, { name: 'X' }))).rejects.toBeInstanceOf(CustomerNotFound);
  });

  it("changes the rep's own customer, and answers CUSTOMER_NOT_FOUND for another rep's", async () => {
    const id = await storedCustomer(customers);

    await handler.execute(new UpdateCustomer(id, { name: 'Mine' }, REP));
    await expect(handler.execute(new UpdateCustomer(id, { name: 'Theirs' }, OTHER_REP))).rejects.toMatchObject({
      code: 'CUSTOMER_NOT_FOUND',
    });

    expect((await customers.getById(id)).name).toBe('Mine');
  });
});
