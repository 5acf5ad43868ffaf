import { PermissionDenied, Principal } from '@promenade/auth';
import { recordingBuses } from '@promenade/http';
import { CreateDeal } from '../../application/create-deal/create-deal.command';
import { DeleteDeal } from '../../application/delete-deal/delete-deal.command';
import { GetDeal } from '../../application/get-deal/get-deal.query';
import { ListDeals } from '../../application/list-deals/list-deals.query';
import { LoseDeal } from '../../application/lose-deal/lose-deal.command';
import { MoveDealStage } from '../../application/move-deal-stage/move-deal-stage.command';
import { UpdateDeal } from '../../application/update-deal/update-deal.command';
import { WinDeal } from '../../application/win-deal/win-deal.command';
import { CUSTOMER, FUTURE_DATE, OTHER_REP, REP, dealIn } from '../../application/testing/deal-fixtures';
import { CreateDealRequest } from './create-deal.request';
import { DealsController } from './deals.controller';

const DEAL = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f4051d0';
const TOKEN = { id: 'jti', sessionId: 'session', expiresAt: new Date('2030-01-01T00:00:00Z') };
const rep = new Principal(REP, ['deals:read', 'deals:write'], TOKEN);
const admin = new Principal(REP, ['deals:read', 'deals:write', 'deals:read:any', 'deals:write:any'], TOKEN);

/** The controller only translates: these tests read what it sends to the buses. */
describe('DealsController', () => {
  let sent: unknown[];
  let controller: DealsController;

  beforeEach(() => {
    sent = [];
    const bus = recordingBuses(sent);
    const commands = bus.commands(() => DEAL);
    const queries = bus.queries((query) => (query instanceof ListDeals ? { items: [dealIn()], page: 1, limit: 20, total: 1 } : dealIn()));
    controller = new DealsController(commands, queries);
  });

  const body = (ownerId?: string): CreateDealRequest => ({
    name: 'ACME renewal',
    customerId: CUSTOMER,
    ownerId,
    value: { amount: 100, currency: 'EUR' },
    expectedCloseDate: FUTURE_DATE,
    source: 'inbound',
  });

  it('opens the deal for the caller when no owner is named, and reads it back in their scope', async () => {
    const answer = await controller.createDeal(rep, body());

    expect(sent[0]).toBeInstanceOf(CreateDeal);
    expect((sent[0] as CreateDeal).deal).toMatchObject({
      ownerId: REP,
      customerId: CUSTOMER,
      source: 'inbound',
      expectedCloseDate: FUTURE_DATE,
    });
    expect(sent[1]).toEqual(new GetDeal(DEAL, REP));
    expect(answer).toMatchObject({ stage: 'lead', probability: 10, value: { amount: 250_000, currency: 'EUR' } });
  });

  it('refuses a rep opening a deal for another rep with PERMISSION_DENIED and sends nothing', async () => {
    const attempt = controller.createDeal(rep, body(OTHER_REP));

    await expect(attempt).rejects.toBeInstanceOf(PermissionDenied);
    await expect(attempt).rejects.toMatchObject({ message: expect.stringContaining('deals:write:any') });
    expect(sent).toEqual([]);
  });

  it('opens a deal for another rep when the caller holds deals:write:any, and reads it back unscoped', async () => {
    await controller.createDeal(admin, body(OTHER_REP));

    expect((sent[0] as CreateDeal).deal.ownerId).toBe(OTHER_REP);
    expect(sent[1]).toEqual(new GetDeal(DEAL, undefined));
  });

  it("limits a rep's list to their own deals, in the filter and the scope alike", async () => {
    const page = await controller.listDeals(rep, { page: 2, limit: 5, stage: 'proposal' });

    expect(sent[0]).toEqual(new ListDeals({ ownerId: REP, customerId: undefined, stage: 'proposal' }, 2, 5, REP));
    expect(page.items).toHaveLength(1);
  });

  it("refuses a rep's list filtered on another owner with PERMISSION_DENIED", async () => {
    await expect(controller.listDeals(rep, { page: 1, limit: 20, ownerId: OTHER_REP })).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    expect(sent).toEqual([]);
  });

  it("lists any owner's deals for a caller with deals:read:any", async () => {
    await controller.listDeals(admin, { page: 1, limit: 20, ownerId: OTHER_REP, customerId: CUSTOMER });

    expect(sent[0]).toEqual(new ListDeals({ ownerId: OTHER_REP, customerId: CUSTOMER, stage: undefined }, 1, 20, undefined));
  });

  it('hands a deal to another rep only for a caller with deals:write:any', async () => {
    await expect(controller.updateDeal(rep, DEAL, { ownerId: OTHER_REP })).rejects.toBeInstanceOf(PermissionDenied);
    expect(sent).toEqual([]);

    await controller.updateDeal(admin, DEAL, { ownerId: OTHER_REP });
    expect(sent[0]).toEqual(new UpdateDeal(DEAL, { ownerId: OTHER_REP }, undefined));
  });

  it('sends no owner change when the PATCH names none, even for a rep scoped to their own deals', async () => {
    await controller.updateDeal(rep, DEAL, { probability: 40 });

    expect(sent[0]).toEqual(new UpdateDeal(DEAL, { probability: 40, ownerId: undefined }, REP));
  });

  it.each([
    ['getDeal', (c: DealsController, p: Principal) => c.getDeal(p, DEAL)],
    ['updateDeal', (c: DealsController, p: Principal) => c.updateDeal(p, DEAL, { name: 'Renamed' })],
    ['deleteDeal', (c: DealsController, p: Principal) => c.deleteDeal(p, DEAL)],
    ['moveDealStage', (c: DealsController, p: Principal) => c.moveDealStage(p, DEAL, { stage: 'qualified' })],
    ['winDeal', (c: DealsController, p: Principal) => c.winDeal(p, DEAL)],
    ['loseDeal', (c: DealsController, p: Principal) => c.loseDeal(p, DEAL, { reason: 'budget cut' })],
  ])('%s passes the caller as the owner scope to every message, and no scope with the :any permissions', async (_, call) => {
    await call(controller, rep);
    const repScopes = sent.map((message) => (message as { ownerId?: string }).ownerId);
    sent.length = 0;
    await call(controller, admin);
    const adminScopes = sent.map((message) => (message as { ownerId?: string }).ownerId);

    expect(repScopes.length).toBeGreaterThan(0);
    expect(repScopes).toEqual(repScopes.map(() => REP));
    expect(adminScopes).toEqual(repScopes.map(() => undefined));
  });

  it('sends the change, then the read, for each changing route, and only the change for delete', async () => {
    await controller.updateDeal(rep, DEAL, { name: 'Renamed' });
    await controller.moveDealStage(rep, DEAL, { stage: 'qualified' });
    await controller.winDeal(rep, DEAL);
    await controller.loseDeal(rep, DEAL, { reason: 'budget cut' });
    await controller.deleteDeal(rep, DEAL);

    expect(sent.map((message) => (message as object).constructor)).toEqual([
      UpdateDeal,
      GetDeal,
      MoveDealStage,
      GetDeal,
      WinDeal,
      GetDeal,
      LoseDeal,
      GetDeal,
      DeleteDeal,
    ]);
    expect(sent[2]).toMatchObject({ stage: 'qualified' });
    expect(sent[6]).toMatchObject({ reason: 'budget cut' });
  });
});
