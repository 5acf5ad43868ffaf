import { CustomerNotFound, CustomerTagDuplicate, CustomerTagInvalid } from '../../domain/customer/customer.errors';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { OTHER_REP, REP, storedCustomer, UNKNOWN } from '../testing/customer-fixtures';
import { AddCustomerTag } from './add-customer-tag.command';
import { AddCustomerTagHandler } from './add-customer-tag.handler';

describe('AddCustomerTagHandler', () => {
  let customers: InMemoryCustomerRepository;
  let handler: AddCustomerTagHandler;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    handler = new AddCustomerTagHandler(customers);
  });

  it('adds the tag in lower case and saves the customer, raising no event', async () => {
    const id = await storedCustomer(customers, 'lead', { tags: ['b2b'] });

    await handler.execute(new AddCustomerTag(id, 'VIP'));

    const customer = await customers.getById(id);
    expect(customer.tags).toEqual(['b2b', 'vip']);
    expect(customer.version).toBe(2);
    expect(customers.published).toEqual([]);
  });

  it('refuses a tag the customer has with CUSTOMER_TAG_DUPLICATE and saves nothing', async () => {
    const id = await storedCustomer(customers, 'lead', { tags: ['vip'] });

    const attempt = handler.execute(new AddCustomerTag(id, 'Vip'));

    await expect(attempt).rejects.toBeInstanceOf(CustomerTagDuplicate);
    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_TAG_DUPLICATE', kind: 'conflict' });
    expect((await customers.getById(id)).version).toBe(1);
  });

  it('refuses a blank tag with CUSTOMER_TAG_INVALID', async () => {
    const id = await storedCustomer(customers);

    await expect(handler.execute(new AddCustomerTag(id, '  '))).rejects.toBeInstanceOf(CustomerTagInvalid);
  });

  it('refuses an unknown customer with CUSTOMER_NOT_FOUND', async () => {
    await expect(handler.execute(new AddCustomerTag(UNKNOWN, 'vip'))).rejects.toBeInstanceOf(CustomerNotFound);
  });

  it("tags the rep's own customer, and answers CUSTOMER_NOT_FOUND for another rep's", async () => {
    const id = await storedCustomer(customers);

    await handler.execute(new AddCustomerTag(id, 'vip', REP));
    await expect(handler.execute(new AddCustomerTag(id, 'b2b', OTHER_REP))).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });

    expect((await customers.getById(id)).tags).toEqual(['vip']);
  });
});
