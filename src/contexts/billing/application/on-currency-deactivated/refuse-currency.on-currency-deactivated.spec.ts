import { describeCurrencyReaction } from '@promenade/ddd';
import { eventHandlerOf } from '@promenade/messaging';
import { CurrencyDeactivatedContract } from '../../../reference/contracts';
import { RefuseCurrencyOnCurrencyDeactivated } from './refuse-currency.on-currency-deactivated';

describe('RefuseCurrencyOnCurrencyDeactivated', () => {
  describeCurrencyReaction({
    declared: eventHandlerOf(RefuseCurrencyOnCurrencyDeactivated),
    id: 'billing.refuse-currency-on-currency-deactivated',
    announcement: CurrencyDeactivatedContract,
    react: (store) => new RefuseCurrencyOnCurrencyDeactivated(store),
    leaves: 'unavailable',
  });
});
