import { Query } from '@nestjs/cqrs';
import { Country } from '../../domain/country.aggregate';

export class GetCountry extends Query<Country> {
  constructor(readonly countryId: string) {
    super();
  }
}
