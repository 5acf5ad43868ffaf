import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PAYMENT_METHOD_LABEL_MAX_LENGTH, PAYMENT_TOKEN_PATTERN } from '../../domain/payment-method/payment-method.aggregate';

export class CreatePaymentMethodRequest {
  @ApiProperty({
    example: 'pm_card_ok',
    pattern: PAYMENT_TOKEN_PATTERN.source,
    description:
      "The provider's token for the card, made by the provider's client-side form: never a card number. Sandbox: `pm_card_ok`, " +
      '`pm_card_declined`, `pm_card_3ds` (confirmed by a webhook later), `pm_card_timeout` (pending, reconciled later).',
  })
  @Matches(PAYMENT_TOKEN_PATTERN, { message: 'token must be a provider token (letters, digits, _ and -, 3 to 255 characters)' })
  token!: string;

  @ApiProperty({ example: 'Visa ending 4242', maxLength: PAYMENT_METHOD_LABEL_MAX_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(PAYMENT_METHOD_LABEL_MAX_LENGTH)
  label!: string;
}
