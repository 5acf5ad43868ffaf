import { DealCreated } from '../../domain/events/deal-created.event';
import { DealCloseDateInPast, DealCustomerUnknown, DealProbabilityInvalid } from '../../domain/deal/deal.errors';
import { CUSTOMER, FUTURE_DATE, REP, UNKNOWN } from '../testing/deal-fixtures';
import { InMemoryDealRepository } from '../testing/in-memory-deal.repository';
import { knownCustomers } from '../testing/known-customers';
import { CreateDeal, NewDealInput } from './create-deal.command';
import { CreateDealHandler } from './create-deal.handler';

const input = (overrides: Partial<NewDealInput> = {}): NewDealInput => ({
  name: 'ACME renewal',
  customerId: CUSTOMER,
  ownerId: REP,
  value: { amount: 250_000, currency: 'EUR' },
  expectedCloseDate: FUTURE_DATE,
  source: 'inbound',
  ...overrides,
});

describe('CreateDealHandler', () => {
  let deals: InMemoryDealRepository;
  let handler: CreateDealHandler;

  beforeEach(() => {
    deals = new InMemoryDealRepository();
    handler = new CreateDealHandler(deals, knownCustomers(CUSTOMER));
  });

  it('saves a lead-stage deal for an existing customer, raises DealCreated and answers its id', async () => {
    const id = await handler.execute(new CreateDeal(input()));

    const deal = await deals.getById(id);
    expect(deal).toMatchObject({
      id,
      name: 'ACME renewal',
      customerId: CUSTOMER,
      ownerId: REP,
      stage: 'lead',
      probability: 10,
      source: 'inbound',
      version: 1,
    });
    expect(deal.value.toJSON()).toEqual({ amount: 250_000, currency: 'EUR' });
    expect(deal.expectedCloseDate).toBe(FUTURE_DATE);
    expect(deals.published).toEqual([expect.any(DealCreated)]);
    expect((deals.published[0] as DealCreated).payload).toMatchObject({ dealId: id, customerId: CUSTOMER, ownerId: REP });
  });

  it('keeps a probability given at creation', async () => {
    const id = await handler.execute(new CreateDeal(input({ probability: 30 })));
    expect((await deals.getById(id)).probability).toBe(30);
  });

  it('refuses a customer that does not exist with DEAL_CUSTOMER_UNKNOWN and saves nothing', async () => {
    const attempt = handler.execute(new CreateDeal(input({ customerId: UNKNOWN })));

    await expect(attempt).rejects.toBeInstanceOf(DealCustomerUnknown);
    await expect(attempt).rejects.toMatchObject({ code: 'DEAL_CUSTOMER_UNKNOWN', kind: 'invalid' });
    expect((await deals.findPage({}, 0, 10)).total).toBe(0);
    expect(deals.published).toEqual([]);
  });

  it('passes on any other failure of the customer lookup unchanged', async () => {
    const outage = new Error('database down');
    handler = new CreateDealHandler(deals, { getById: () => Promise.reject(outage) });

    await expect(handler.execute(new CreateDeal(input()))).rejects.toBe(outage);
  });

  it('refuses an expected close date in the past with DEAL_CLOSE_DATE_IN_PAST', async () => {
    const attempt = handler.execute(new CreateDeal(input({ expectedCloseDate: '2020-01-01' })));

    await expect(attempt).rejects.toBeInstanceOf(DealCloseDateInPast);
    expect(deals.published).toEqual([]);
  });

  it('refuses a probability over 100 with DEAL_PROBABILITY_INVALID', async () => {
    await expect(handler.execute(new CreateDeal(input({ probability: 101 })))).rejects.toBeInstanceOf(DealProbabilityInvalid);
  });

  it('refuses an unknown currency with CURRENCY_INVALID', async () => {
    await expect(handler.execute(new CreateDeal(input({ value: { amount: 1, currency: 'XYZ' } })))).rejects.toMatchObject({
      code: 'CURRENCY_INVALID',
    });
    expect((await deals.findPage({}, 0, 10)).total).toBe(0);
  });
});
