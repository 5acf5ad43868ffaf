import { Publication, Publishes } from '@promenade/messaging';
import { CurrencyActivatedContract, CurrencyActivatedContractPayload } from '../../contracts';
import { CurrencyActivated } from '../../domain/events/currency-activated.event';

/** What other contexts learn of CurrencyActivated: field by field, so a field added inside the context stays inside. */
@Publishes(CurrencyActivated, CurrencyActivatedContract)
export class PublishCurrencyActivated implements Publication<CurrencyActivated, CurrencyActivatedContract> {
  toContract({ payload }: CurrencyActivated): CurrencyActivatedContractPayload {
    return {
      code: payload.code,
    };
  }
}
