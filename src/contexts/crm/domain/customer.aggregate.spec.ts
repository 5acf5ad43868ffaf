import { CustomerCreated } from '../contracts/customer-created.event';
import { Customer } from './customer.aggregate';

describe('Customer', () => {
  it('is created with a new id and raises CustomerCreated', () => {
    const customer = Customer.create(new Date('2026-01-01T00:00:00Z'));
    expect(customer.isNew).toBe(true);
    const [event] = customer.pullEvents();
    expect(event).toBeInstanceOf(CustomerCreated);
    expect(event.eventName).toBe('crm.customer-created');
    expect((event as CustomerCreated).payload).toEqual({ customerId: customer.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored as stored, raising nothing', () => {
    const customer = Customer.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 3, createdAt: new Date('2026-01-01T00:00:00Z') });
    expect(customer.version).toBe(3);
    expect(customer.pullEvents()).toEqual([]);
  });
});
