import { Money } from '@promenade/ddd';
import { OPEN_DEAL_STAGES, OpenDealStage } from '../../domain/deal/deal-stage';
import { Deal } from '../../domain/deal/deal.aggregate';

export const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
export const REP = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170';
export const OTHER_REP = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405171';
export const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

/** A date comfortably ahead of any clock the tests run on. */
export const FUTURE_DATE = '2099-06-30';

/** A new deal owned by `ownerId`, walked to `stage` one move at a time (unsaved, its events still pending). */
export function dealIn(stage: OpenDealStage = 'lead', ownerId = REP): Deal {
  const deal = Deal.create({
    name: 'ACME renewal',
    customerId: CUSTOMER,
    ownerId,
    value: Money.of(250_000, 'EUR'),
    expectedCloseDate: FUTURE_DATE,
    source: 'referral',
  });
  for (const next of OPEN_DEAL_STAGES.slice(1, OPEN_DEAL_STAGES.indexOf(stage) + 1)) deal.moveTo(next);
  return deal;
}
