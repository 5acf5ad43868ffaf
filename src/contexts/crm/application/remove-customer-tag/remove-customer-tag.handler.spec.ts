import { CustomerNotFound, CustomerTagMissing } from '../../domain/customer/customer.errors';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { OTHER_REP, REP, storedCustomer, UNKNOWN } from '../testing/customer-fixtures';
import { RemoveCustomerTag } from './remove-customer-tag.command';
import { RemoveCustomerTagHandler } from './remove-customer-tag.handler';

describe('RemoveCustomerTagHandler', () => {
  let customers: InMemoryCustomerRepository;
  let handler: RemoveCustomerTagHandler;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    handler = new RemoveCustomerTagHandler(customers);
  });

  it('removes the tag, whatever the case it is named in, and saves the customer', async () => {
    const id = await storedCustomer(customers, 'lead', { tags: ['vip', 'b2b'] });

    await handler.execute(new RemoveCustomerTag(id, 'VIP'));

    const customer = await customers.getById(id);
    expect(customer.tags).toEqual(['b2b']);
    expect(customer.version).toBe(2);
  });

  it('refuses a tag the customer does not have with CUSTOMER_TAG_MISSING and saves nothing', async () => {
    const id = await storedCustomer(customers, 'lead', { tags: ['vip'] });

    const attempt = handler.execute(new RemoveCustomerTag(id, 'b2b'));

    await expect(attempt).rejects.toBeInstanceOf(CustomerTagMissing);
    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_TAG_MISSING', kind: 'conflict' });
    expect(await customers.getById(id)).toMatchObject({ tags: ['vip'], version: 1 });
  });

  it('refuses an unknown customer with CUSTOMER_NOT_FOUND', async () => {
    await expect(handler.execute(new RemoveCustomerTag(UNKNOWN, 'vip'))).rejects.toBeInstanceOf(CustomerNotFound);
  });

  it("untags the rep's own customer, and answers CUSTOMER_NOT_FOUND for another rep's", async () => {
    const id = await storedCustomer(customers, 'lead', { tags: ['vip', 'b2b'] });

    await handler.execute(new RemoveCustomerTag(id, 'vip', REP));
    await expect(handler.execute(new RemoveCustomerTag(id, 'b2b', OTHER_REP))).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });

    expect((await customers.getById(id)).tags).toEqual(['b2b']);
  });
});
