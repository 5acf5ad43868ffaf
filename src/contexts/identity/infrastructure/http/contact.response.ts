import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { Contact } from '../../domain/contact/contact.aggregate';
import { CONTACT_TYPES, ContactType } from '../../domain/contact/contact-type';

export class ContactAddressResponse {
  @ApiProperty({ example: 'Alexanderplatz 1' })
  line1!: string;

  @ApiPropertyOptional({ example: '3rd floor' })
  line2?: string;

  @ApiProperty({ example: 'Berlin' })
  city!: string;

  @ApiPropertyOptional({ example: '10178' })
  postalCode?: string;

  @ApiPropertyOptional({ example: 'Berlin' })
  region?: string;

  @ApiProperty({ example: 'DE' })
  country!: string;
}

export class ContactResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  userId!: string;

  @ApiProperty({ enum: CONTACT_TYPES, example: 'phone' })
  type!: ContactType;

  @ApiProperty({ example: '+49301234567', description: 'The email address, the phone number in E.164, or the address on one line.' })
  value!: string;

  @ApiPropertyOptional({
    type: ContactAddressResponse,
    nullable: true,
    example: null,
    description: 'The structured address; null unless type is address.',
  })
  address!: ContactAddressResponse | null;

  @ApiProperty({ example: true, description: 'At most one live contact per type and user is primary.' })
  isPrimary!: boolean;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date-time',
    example: null,
    description: 'Null until verified; a new value clears it.',
  })
  verifiedAt!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T00:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-02T14:05:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  static from(contact: Contact): ContactResponse {
    return {
      id: contact.id,
      userId: contact.userId,
      type: contact.type,
      value: contact.value.text,
      address: contact.value.address?.toJSON() ?? null,
      isPrimary: contact.isPrimary,
      verifiedAt: contact.verifiedAt?.toISOString() ?? null,
      createdAt: contact.createdAt.toISOString(),
      updatedAt: contact.updatedAt.toISOString(),
      version: contact.version,
    };
  }
}

export const ContactPage = PageResponse(ContactResponse, 'ContactPage');
