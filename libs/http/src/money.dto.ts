import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Max, Min } from 'class-validator';

/** Shape check only (three capitals); whether ISO 4217 knows the code is the domain's rule (422). */
export const IsCurrencyCode = (): PropertyDecorator =>
  Matches(/^[A-Z]{3}$/, { message: ({ property }) => `${property} must be a three-letter ISO 4217 code in capitals` });

/** Money on the wire: `amount` in integer minor units (cents for EUR), `currency` an ISO 4217 code. */
export class MoneyDto {
  @ApiProperty({ type: 'integer', example: 1999, description: 'Integer amount in minor units of the currency (1999 EUR = €19.99).' })
  @IsInt()
  @Min(Number.MIN_SAFE_INTEGER)
  @Max(Number.MAX_SAFE_INTEGER)
  amount!: number;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217 currency code.', pattern: '^[A-Z]{3}$' })
  @IsCurrencyCode()
  currency!: string;
}
