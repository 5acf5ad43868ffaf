import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmptyObject, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { CONTACT_TYPES, ContactType } from '../../domain/contact/contact-type';
import { ContactAddressRequest } from './contact-address.request';

/**
 * `{type: 'email', value}`, `{type: 'phone', value, country?}` or `{type: 'address', address}`.
 * The field a type needs is required (400 without it); a field that does not apply to the type
 * answers 422 CONTACT_VALUE_INVALID, and an invalid value 422 with its code (EMAIL_INVALID,
 * CONTACT_PHONE_INVALID, CONTACT_ADDRESS_INVALID).
 */
export class CreateContactRequest {
  @ApiProperty({ enum: CONTACT_TYPES, example: 'phone' })
  @IsIn(CONTACT_TYPES)
  type!: ContactType;

  @ApiPropertyOptional({
    example: '030 1234567',
    maxLength: 320,
    description: 'Email and phone: the address or the number (stored in E.164). Required for them; not for addresses.',
  })
  @ValidateIf((body: CreateContactRequest) => body.type !== 'address' || body.value !== undefined)
  @IsString()
  @MaxLength(320) // the longest email address (64 + @ + 255); a phone number is far shorter
  value?: string;

  @ApiPropertyOptional({
    example: 'DE',
    maxLength: 2,
    description: 'Phone only: the ISO 3166-1 alpha-2 country of a number given without its +country code.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2)
  country?: string;

  @ApiPropertyOptional({ type: ContactAddressRequest, description: 'Address only, and required for it.' })
  @ValidateIf((body: CreateContactRequest) => body.type === 'address' || body.address !== undefined)
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => ContactAddressRequest)
  address?: ContactAddressRequest;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
    description: 'Whose contact it is; defaults to the caller. Naming another user needs `contacts:write:any` (else 403).',
  })
  @IsOptional()
  @IsUUID()
  userId?: string;
}
