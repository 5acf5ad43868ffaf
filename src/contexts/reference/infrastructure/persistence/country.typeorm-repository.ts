import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Country } from '../../domain/country/country.aggregate';
import { CountryNotFound } from '../../domain/country/country.errors';
import { CountryRepository } from '../../domain/country/country.repository';
import { countryMapper } from './country.mapper';
import { CountryModel } from './country.model';

@Injectable()
export class CountryTypeOrmRepository extends TypeOrmAggregateRepository<Country, CountryModel> implements CountryRepository {
  constructor(uow: UnitOfWork) {
    super(uow, CountryModel, countryMapper);
  }

  async getById(code: string): Promise<Country> {
    const row = await this.models.findOneBy(code.length === 3 ? { alpha3: code } : { id: code });
    if (!row) throw new CountryNotFound(code);
    return countryMapper.toDomain(row);
  }
}
