import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { CountryEntry } from '../../application/reference-catalog';

export class CountryResponse {
  @ApiProperty({ example: 'DE', description: 'ISO 3166-1 alpha-2.' })
  alpha2!: string;

  @ApiProperty({ example: 'DEU', description: 'ISO 3166-1 alpha-3.' })
  alpha3!: string;

  @ApiProperty({ example: '276', description: 'ISO 3166-1 numeric, three digits with leading zeros.' })
  numeric!: string;

  @ApiProperty({ example: 'Germany', description: 'Common English name.' })
  name!: string;

  @ApiProperty({ example: 'Federal Republic of Germany' })
  officialName!: string;

  @ApiProperty({
    type: [String],
    example: ['EUR'],
    description: 'ISO 4217 codes of the currencies in use (world-countries, without local issues ISO 4217 does not list).',
  })
  currencies!: string[];

  @ApiProperty({
    type: [String],
    example: ['+49'],
    description:
      'Country calling codes, as libphonenumber-js dials them: "+1" for every NANP country, "+7" for Russia and Kazakhstan; none for a few without one (Antarctica, UM).',
  })
  callingCodes!: string[];

  @ApiProperty({ example: 'Europe' })
  region!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Western Europe' })
  subregion!: string | null;

  @ApiProperty({ example: true, description: 'Whether the platform offers the country (an administrator may withdraw it).' })
  active!: boolean;

  static from(country: CountryEntry): CountryResponse {
    return {
      alpha2: country.alpha2,
      alpha3: country.alpha3,
      numeric: country.numeric,
      name: country.name,
      officialName: country.officialName,
      currencies: [...country.currencies],
      callingCodes: [...country.callingCodes],
      region: country.region,
      subregion: country.subregion,
      active: country.active,
    };
  }
}

export const CountryPage = PageResponse(CountryResponse, 'CountryPage');
