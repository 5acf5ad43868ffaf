import { Publication, Publishes } from '@promenade/messaging';
import { CurrencyDeactivatedContract, CurrencyDeactivatedContractPayload } from '../../contracts';
import { CurrencyDeactivated } from '../../domain/events/currency-deactivated.event';

/** What other contexts learn of CurrencyDeactivated: field by field, so a field added inside the context stays inside. */
@Publishes(CurrencyDeactivated, CurrencyDeactivatedContract)
export class PublishCurrencyDeactivated implements Publication<CurrencyDeactivated, CurrencyDeactivatedContract> {
  toContract({ payload }: CurrencyDeactivated): CurrencyDeactivatedContractPayload {
    return {
      code: payload.code,
    };
  }
}
