import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
// customer
import { AddCustomerTagHandler } from './application/add-customer-tag/add-customer-tag.handler';
import { AssignCustomerHandler } from './application/assign-customer/assign-customer.handler';
import { ChurnCustomerHandler } from './application/churn-customer/churn-customer.handler';
import { ConvertCustomerHandler } from './application/convert-customer/convert-customer.handler';
import { CreateCustomerHandler } from './application/create-customer/create-customer.handler';
import { DeleteCustomerHandler } from './application/delete-customer/delete-customer.handler';
import { DowngradeCustomerHandler } from './application/downgrade-customer/downgrade-customer.handler';
import { GetCustomerHandler } from './application/get-customer/get-customer.handler';
import { ListCustomersHandler } from './application/list-customers/list-customers.handler';
import { QualifyCustomerHandler } from './application/qualify-customer/qualify-customer.handler';
import { ReactivateCustomerHandler } from './application/reactivate-customer/reactivate-customer.handler';
import { RemoveCustomerTagHandler } from './application/remove-customer-tag/remove-customer-tag.handler';
import { UpdateCustomerHandler } from './application/update-customer/update-customer.handler';
import { UpgradeCustomerHandler } from './application/upgrade-customer/upgrade-customer.handler';
import { CUSTOMER_REPOSITORY } from './domain/customer/customer.repository';
import { CustomersController } from './infrastructure/http/customers.controller';
import { CustomerModel } from './infrastructure/persistence/customer.model';
import { CustomerTypeOrmRepository } from './infrastructure/persistence/customer.typeorm-repository';
// company
import { CreateCompanyHandler } from './application/create-company/create-company.handler';
import { DeleteCompanyHandler } from './application/delete-company/delete-company.handler';
import { GetCompanyHandler } from './application/get-company/get-company.handler';
import { ListCompaniesHandler } from './application/list-companies/list-companies.handler';
import { ListSubsidiariesHandler } from './application/list-subsidiaries/list-subsidiaries.handler';
import { SetCompanyParentHandler } from './application/set-company-parent/set-company-parent.handler';
import { UpdateCompanyHandler } from './application/update-company/update-company.handler';
import { COMPANY_REPOSITORY } from './domain/company/company.repository';
import { CompaniesController } from './infrastructure/http/companies.controller';
import { CompanyModel } from './infrastructure/persistence/company.model';
import { CompanyTypeOrmRepository } from './infrastructure/persistence/company.typeorm-repository';
// deal
import { CreateDealHandler } from './application/create-deal/create-deal.handler';
import { DeleteDealHandler } from './application/delete-deal/delete-deal.handler';
import { GetDealHandler } from './application/get-deal/get-deal.handler';
import { ListDealsHandler } from './application/list-deals/list-deals.handler';
import { LoseDealHandler } from './application/lose-deal/lose-deal.handler';
import { MoveDealStageHandler } from './application/move-deal-stage/move-deal-stage.handler';
import { UpdateDealHandler } from './application/update-deal/update-deal.handler';
import { WinDealHandler } from './application/win-deal/win-deal.handler';
import { DEAL_REPOSITORY } from './domain/deal/deal.repository';
import { DealsController } from './infrastructure/http/deals.controller';
import { DealModel } from './infrastructure/persistence/deal.model';
import { DealTypeOrmRepository } from './infrastructure/persistence/deal.typeorm-repository';
// interaction
import { CreateInteractionHandler } from './application/create-interaction/create-interaction.handler';
import { DeleteInteractionHandler } from './application/delete-interaction/delete-interaction.handler';
import { EndInteractionHandler } from './application/end-interaction/end-interaction.handler';
import { GetInteractionHandler } from './application/get-interaction/get-interaction.handler';
import { ListFollowUpsHandler } from './application/list-follow-ups/list-follow-ups.handler';
import { ListInteractionsHandler } from './application/list-interactions/list-interactions.handler';
import { UpdateInteractionHandler } from './application/update-interaction/update-interaction.handler';
import { INTERACTION_PARTIES } from './domain/interaction/interaction-parties';
import { INTERACTION_REPOSITORY } from './domain/interaction/interaction.repository';
import { InteractionsController } from './infrastructure/http/interactions.controller';
import { InteractionPartiesAdapter } from './infrastructure/persistence/interaction-parties.adapter';
import { InteractionModel } from './infrastructure/persistence/interaction.model';
import { InteractionTypeOrmRepository } from './infrastructure/persistence/interaction.typeorm-repository';
// reactions to Identity: linking a signed-up user to their customer
import { SIGN_UPS } from './application/link-signed-up-user/sign-ups';
import { SignedUpUserLinker } from './application/link-signed-up-user/signed-up-user-linker';
import { LinkSignedUpUserOnUserEmailVerified } from './application/on-user-email-verified/link-signed-up-user.on-user-email-verified';
import { LinkSignedUpUserOnUserRegistered } from './application/on-user-registered/link-signed-up-user.on-user-registered';
import { SignUpsSql } from './infrastructure/persistence/sign-ups.sql';
// reactions to Ordering: a user's orders counted on their customer
import { RecordCustomerPurchaseOnOrderDelivered } from './application/on-order-delivered/record-customer-purchase.on-order-delivered';
import { RecordCustomerOrderOnOrderPlaced } from './application/on-order-placed/record-customer-order.on-order-placed';
import { COUNTED_ORDERS } from './application/record-customer-orders/counted-orders';
import { CustomerOrderRecorder } from './application/record-customer-orders/customer-order-recorder';
import { CountedOrdersSql } from './infrastructure/persistence/counted-orders.sql';
// analytics: the projection fed by the aggregates' events, and its queries
import { ANALYTICS_READER } from './application/analytics/analytics-reader';
import { GetCustomerLifecycleHandler } from './application/analytics/get-customer-lifecycle/get-customer-lifecycle.handler';
import { GetCustomerOverviewHandler } from './application/analytics/get-customer-overview/get-customer-overview.handler';
import { GetDealConversionsHandler } from './application/analytics/get-deal-conversions/get-deal-conversions.handler';
import { GetDealPipelineHandler } from './application/analytics/get-deal-pipeline/get-deal-pipeline.handler';
import { GetInteractionInsightsHandler } from './application/analytics/get-interaction-insights/get-interaction-insights.handler';
import { GetRevenueHandler } from './application/analytics/get-revenue/get-revenue.handler';
import { GetSalesRepPerformanceHandler } from './application/analytics/get-sales-rep-performance/get-sales-rep-performance.handler';
import { ANALYTICS_PROJECTION } from './application/projections/analytics-projection';
import { ProjectCustomerAnalyticsOnCustomerChanged } from './application/projections/project-customer-analytics.on-customer-changed';
import { ProjectDealAnalyticsOnDealChanged } from './application/projections/project-deal-analytics.on-deal-changed';
import { ProjectInteractionAnalyticsOnInteractionChanged } from './application/projections/project-interaction-analytics.on-interaction-changed';
import { AnalyticsController } from './infrastructure/http/analytics.controller';
import { AnalyticsProjectionSqlStore } from './infrastructure/persistence/analytics-projection.sql-store';
import { AnalyticsReaderSql } from './infrastructure/persistence/analytics-reader.sql';

const customerProviders = [
  { provide: CUSTOMER_REPOSITORY, useClass: CustomerTypeOrmRepository },
  CreateCustomerHandler,
  QualifyCustomerHandler,
  ConvertCustomerHandler,
  ChurnCustomerHandler,
  ReactivateCustomerHandler,
  UpgradeCustomerHandler,
  DowngradeCustomerHandler,
  AssignCustomerHandler,
  UpdateCustomerHandler,
  DeleteCustomerHandler,
  AddCustomerTagHandler,
  RemoveCustomerTagHandler,
  GetCustomerHandler,
  ListCustomersHandler,
];

const companyProviders = [
  { provide: COMPANY_REPOSITORY, useClass: CompanyTypeOrmRepository },
  CreateCompanyHandler,
  UpdateCompanyHandler,
  DeleteCompanyHandler,
  SetCompanyParentHandler,
  GetCompanyHandler,
  ListCompaniesHandler,
  ListSubsidiariesHandler,
];

const dealProviders = [
  { provide: DEAL_REPOSITORY, useClass: DealTypeOrmRepository },
  CreateDealHandler,
  WinDealHandler,
  LoseDealHandler,
  UpdateDealHandler,
  DeleteDealHandler,
  MoveDealStageHandler,
  GetDealHandler,
  ListDealsHandler,
];

const interactionProviders = [
  { provide: INTERACTION_REPOSITORY, useClass: InteractionTypeOrmRepository },
  { provide: INTERACTION_PARTIES, useClass: InteractionPartiesAdapter },
  CreateInteractionHandler,
  EndInteractionHandler,
  UpdateInteractionHandler,
  DeleteInteractionHandler,
  GetInteractionHandler,
  ListInteractionsHandler,
  ListFollowUpsHandler,
];

/** A user who signs up (or verifies their email) is linked to the customer with that email. */
const reactions = [
  LinkSignedUpUserOnUserRegistered,
  LinkSignedUpUserOnUserEmailVerified,
  SignedUpUserLinker,
  { provide: SIGN_UPS, useClass: SignUpsSql },
];

/** An Identity user's orders, as Ordering reports them, counted on the customer linked to that user. */
const orderReactions = [
  RecordCustomerOrderOnOrderPlaced,
  RecordCustomerPurchaseOnOrderDelivered,
  CustomerOrderRecorder,
  { provide: COUNTED_ORDERS, useClass: CountedOrdersSql },
];

/** A read model across the aggregates: kept by their events, read by the analytics routes. */
const analytics = [
  { provide: ANALYTICS_PROJECTION, useClass: AnalyticsProjectionSqlStore },
  { provide: ANALYTICS_READER, useClass: AnalyticsReaderSql },
  ProjectCustomerAnalyticsOnCustomerChanged,
  ProjectDealAnalyticsOnDealChanged,
  ProjectInteractionAnalyticsOnInteractionChanged,
  GetCustomerOverviewHandler,
  GetCustomerLifecycleHandler,
  GetDealPipelineHandler,
  GetDealConversionsHandler,
  GetSalesRepPerformanceHandler,
  GetRevenueHandler,
  GetInteractionInsightsHandler,
];

/** Crm: owns the "crm" schema; other contexts see only its contracts/. */
@Module({
  imports: [TypeOrmModule.forFeature([CustomerModel, CompanyModel, DealModel, InteractionModel])],
  controllers: [CustomersController, CompaniesController, DealsController, InteractionsController, AnalyticsController],
  providers: [
    ...customerProviders,
    ...companyProviders,
    ...dealProviders,
    ...interactionProviders,
    ...reactions,
    ...orderReactions,
    ...analytics,
  ],
})
export class CrmModule {}
