import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Country } from '../../domain/country.aggregate';
import { CountryNotFound } from '../../domain/country.errors';
import { CountryRepository } from '../../domain/country.repository';
import { countryMapper } from './country.mapper';
import { CountryModel } from './country.model';

@Injectable()
export class CountryTypeOrmRepository extends TypeOrmAggregateRepository<Country, CountryModel> implements CountryRepository {
  constructor(uow: UnitOfWork) {
    super(uow, CountryModel, countryMapper);
  }

  async getById(id: string): Promise<Country> {
    const country = await this.findById(id);
    if (!country) throw new CountryNotFound(id);
    return country;
  }
}
