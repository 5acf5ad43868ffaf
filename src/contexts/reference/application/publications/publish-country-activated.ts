import { Publication, Publishes } from '@promenade/messaging';
import { CountryActivatedContract, CountryActivatedContractPayload } from '../../contracts';
import { CountryActivated } from '../../domain/events/country-activated.event';

/** What other contexts learn of CountryActivated: field by field, so a field added inside the context stays inside. */
@Publishes(CountryActivated, CountryActivatedContract)
export class PublishCountryActivated implements Publication<CountryActivated, CountryActivatedContract> {
  toContract({ payload }: CountryActivated): CountryActivatedContractPayload {
    return {
      code: payload.code,
    };
  }
}
