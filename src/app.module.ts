import { Module } from '@nestjs/common';
import { AuthModule } from '@promenade/auth';
import { IdempotencyModule } from '@promenade/http';
import { MessagingAdminModule, MessagingModule } from '@promenade/messaging';
import { MetricsModule } from '@promenade/observability';
import { PersistenceModule } from '@promenade/persistence';
import { PlatformModule } from '@promenade/platform';
import { OrderingModule } from './contexts/ordering/ordering.module';
import { ShippingModule } from './contexts/shipping/shipping.module';
import { IdentityModule } from './contexts/identity/identity.module';
import { ReferenceModule } from './contexts/reference/reference.module';
import { CrmModule } from './contexts/crm/crm.module';
import { WarehouseModule } from './contexts/warehouse/warehouse.module';
import { BillingModule } from './contexts/billing/billing.module';
import { FulfillmentModule } from './contexts/fulfillment/fulfillment.module';

/** The composition root: the platform libraries, then one line per bounded context. */
@Module({
  imports: [
    PlatformModule,
    AuthModule,
    PersistenceModule,
    MessagingModule,
    MessagingAdminModule,
    MetricsModule,
    IdempotencyModule,
    OrderingModule,
    ShippingModule,
    IdentityModule,
    ReferenceModule,
    CrmModule,
    WarehouseModule,
    BillingModule,
    FulfillmentModule,
  ],
})
export class AppModule {}
