import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CONTACT_TYPES, ContactType } from '../../domain/contact/contact-type';

export class ListContactsRequest extends PageQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Whose contacts. Without `contacts:read:any` only your own are listed, and naming another user answers 403.',
  })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ enum: CONTACT_TYPES })
  @IsOptional()
  @IsIn(CONTACT_TYPES)
  type?: ContactType;
}
