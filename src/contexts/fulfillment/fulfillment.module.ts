import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

/** Fulfillment: owns the "fulfillment" schema; other contexts see only its contracts/. */
@Module({
  imports: [TypeOrmModule.forFeature([])],
  controllers: [],
  providers: [],
})
export class FulfillmentModule {}
