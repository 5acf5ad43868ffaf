import { describeCurrencyReaction } from '@promenade/ddd';
import { eventHandlerOf } from '@promenade/messaging';
import { CurrencyActivatedContract } from '../../../reference/contracts';
import { AcceptCurrencyOnCurrencyActivated } from './accept-currency.on-currency-activated';

describe('AcceptCurrencyOnCurrencyActivated', () => {
  describeCurrencyReaction({
    declared: eventHandlerOf(AcceptCurrencyOnCurrencyActivated),
    id: 'ordering.accept-currency-on-currency-activated',
    announcement: CurrencyActivatedContract,
    react: (store) => new AcceptCurrencyOnCurrencyActivated(store),
    leaves: 'available',
  });
});
