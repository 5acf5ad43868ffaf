import { Publication, Publishes } from '@promenade/messaging';
import { CountryDeactivatedContract, CountryDeactivatedContractPayload } from '../../contracts';
import { CountryDeactivated } from '../../domain/events/country-deactivated.event';

/** What other contexts learn of CountryDeactivated: field by field, so a field added inside the context stays inside. */
@Publishes(CountryDeactivated, CountryDeactivatedContract)
export class PublishCountryDeactivated implements Publication<CountryDeactivated, CountryDeactivatedContract> {
  toContract({ payload }: CountryDeactivated): CountryDeactivatedContractPayload {
    return {
      code: payload.code,
    };
  }
}
