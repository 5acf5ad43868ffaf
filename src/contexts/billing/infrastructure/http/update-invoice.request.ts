import { ApiPropertyOptional } from '@nestjs/swagger';
import { PatchNullable, PatchRequired } from '@promenade/http';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsISO8601, IsString, MaxLength, ValidateNested } from 'class-validator';
import { InvoiceLineRequest } from './invoice-line.request';

/** A draft's change: a field left out keeps its value; `lines` replaces all of them. */
export class UpdateInvoiceRequest {
  @ApiPropertyOptional({ type: [InvoiceLineRequest], description: 'The whole new list of lines.' })
  @PatchRequired()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => InvoiceLineRequest)
  lines?: InvoiceLineRequest[];

  @ApiPropertyOptional({ type: String, example: '2026-02-28', format: 'date', nullable: true, description: 'null: due on the issue day.' })
  @PatchNullable()
  @IsISO8601({ strict: true }, { message: 'dueDate must be a date (YYYY-MM-DD)' })
  dueDate?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: 'Payable within 30 days.',
    maxLength: 2000,
    nullable: true,
    description: 'null clears them.',
  })
  @PatchNullable()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}
