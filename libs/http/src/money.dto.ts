import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Matches } from 'class-validator';

/** Money on the wire: `amount` in integer minor units (cents for EUR), `currency` an ISO 4217 code. */
export class MoneyDto {
  @ApiProperty({ example: 1999, description: 'Integer amount in minor units of the currency (1999 EUR = €19.99).' })
  @IsInt()
  amount!: number;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217 currency code.', pattern: '^[A-Z]{3}$' })
  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code in capitals' })
  currency!: string;
}
