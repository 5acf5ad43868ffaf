import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { CurrencyEntry } from '../../application/reference-catalog';

export class CurrencyResponse {
  @ApiProperty({ example: 'EUR', description: 'ISO 4217 alphabetic code.' })
  code!: string;

  @ApiProperty({ example: '978', description: 'ISO 4217 numeric code, three digits with leading zeros.' })
  numeric!: string;

  @ApiProperty({ example: 'Euro' })
  name!: string;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 2,
    description: 'Digits after the decimal point; null where ISO 4217 gives none (metals, funds, test codes).',
  })
  minorUnits!: number | null;

  @ApiProperty({ type: String, nullable: true, example: '€' })
  symbol!: string | null;

  @ApiProperty({ example: true, description: 'Whether the platform accepts the currency (an administrator may withdraw it).' })
  active!: boolean;

  static from(currency: CurrencyEntry): CurrencyResponse {
    return {
      code: currency.code,
      numeric: currency.numeric,
      name: currency.name,
      minorUnits: currency.minorUnits,
      symbol: currency.symbol,
      active: currency.active,
    };
  }
}

export const CurrencyPage = PageResponse(CurrencyResponse, 'CurrencyPage');
