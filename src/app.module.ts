import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MessagingModule } from '@promenade/messaging';
import { PersistenceModule } from '@promenade/persistence';
import { PlatformModule } from '@promenade/platform';
import { OrderingModule } from './contexts/ordering/ordering.module';
import { ShippingModule } from './contexts/shipping/shipping.module';

/** The composition root: the platform libraries, then one line per bounded context. */
@Module({
  imports: [
    PlatformModule,
    CqrsModule.forRoot(),
    PersistenceModule,
    MessagingModule,
    OrderingModule,
    ShippingModule,
  ],
})
export class AppModule {}
