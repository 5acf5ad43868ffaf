import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { PatchRequired } from '@promenade/http';
import { IsNotEmptyObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ContactAddressRequest } from './contact-address.request';

/**
 * The new value, in the form the contact's type takes: `value` for an email, `value` and optionally
 * `country` for a phone, `address` (whole, it replaces the old one) for an address. A field that does
 * not apply to the type answers 422 CONTACT_VALUE_INVALID; the type itself never changes.
 */
export class UpdateContactRequest {
  @ApiPropertyOptional({
    example: '+49 30 1234567',
    maxLength: 320,
    description: 'The email address or the phone number (email and phone contacts).',
  })
  @PatchRequired()
  @IsString()
  @MaxLength(320) // the longest email address (64 + @ + 255); a phone number is far shorter
  value?: string;

  @ApiPropertyOptional({
    example: 'DE',
    maxLength: 2,
    description: 'Phone contacts: the ISO 3166-1 alpha-2 country of a number given without its +country code.',
  })
  @PatchRequired()
  @IsString()
  @MaxLength(2)
  country?: string;

  @ApiPropertyOptional({ type: ContactAddressRequest, description: 'Address contacts: the whole new address.' })
  @PatchRequired()
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => ContactAddressRequest)
  address?: ContactAddressRequest;
}
