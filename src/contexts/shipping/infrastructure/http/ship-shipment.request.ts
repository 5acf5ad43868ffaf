import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class ShipShipmentRequest {
  @ApiProperty({ example: 'DHL', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  carrier!: string;

  @ApiProperty({ example: 'JD014600006281230704', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  trackingNumber!: string;
}
