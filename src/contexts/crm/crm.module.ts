import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CUSTOMER_REPOSITORY } from './domain/customer.repository';
import { CustomerModel } from './infrastructure/persistence/customer.model';
import { CustomerTypeOrmRepository } from './infrastructure/persistence/customer.typeorm-repository';
import { COMPANY_REPOSITORY } from './domain/company.repository';
import { CompanyModel } from './infrastructure/persistence/company.model';
import { CompanyTypeOrmRepository } from './infrastructure/persistence/company.typeorm-repository';
import { DEAL_REPOSITORY } from './domain/deal.repository';
import { DealModel } from './infrastructure/persistence/deal.model';
import { DealTypeOrmRepository } from './infrastructure/persistence/deal.typeorm-repository';
import { INTERACTION_REPOSITORY } from './domain/interaction.repository';
import { InteractionModel } from './infrastructure/persistence/interaction.model';
import { InteractionTypeOrmRepository } from './infrastructure/persistence/interaction.typeorm-repository';
import { CreateCustomerHandler } from './application/create-customer/create-customer.handler';
import { CustomersController } from './infrastructure/http/customers.controller';
import { QualifyCustomerHandler } from './application/qualify-customer/qualify-customer.handler';
import { ConvertCustomerHandler } from './application/convert-customer/convert-customer.handler';
import { ChurnCustomerHandler } from './application/churn-customer/churn-customer.handler';
import { ReactivateCustomerHandler } from './application/reactivate-customer/reactivate-customer.handler';
import { UpgradeCustomerHandler } from './application/upgrade-customer/upgrade-customer.handler';
import { DowngradeCustomerHandler } from './application/downgrade-customer/downgrade-customer.handler';
import { AssignCustomerHandler } from './application/assign-customer/assign-customer.handler';
import { CreateCompanyHandler } from './application/create-company/create-company.handler';
import { CompaniesController } from './infrastructure/http/companies.controller';
import { CreateDealHandler } from './application/create-deal/create-deal.handler';
import { DealsController } from './infrastructure/http/deals.controller';
import { WinDealHandler } from './application/win-deal/win-deal.handler';
import { LoseDealHandler } from './application/lose-deal/lose-deal.handler';
import { CreateInteractionHandler } from './application/create-interaction/create-interaction.handler';
import { InteractionsController } from './infrastructure/http/interactions.controller';
import { EndInteractionHandler } from './application/end-interaction/end-interaction.handler';
import { GetCustomerHandler } from './application/get-customer/get-customer.handler';
import { GetCompanyHandler } from './application/get-company/get-company.handler';
import { GetDealHandler } from './application/get-deal/get-deal.handler';
import { GetInteractionHandler } from './application/get-interaction/get-interaction.handler';
import { OnUserRegistered } from './application/on-user-registered/on-user-registered.handler';

/** Crm: owns the "crm" schema; other contexts see only its contracts/. */
@Module({
  imports: [TypeOrmModule.forFeature([CustomerModel, CompanyModel, DealModel, InteractionModel])],
  controllers: [
    CustomersController,
    CompaniesController,
    DealsController,
    InteractionsController,
  ],
  providers: [
    { provide: CUSTOMER_REPOSITORY, useClass: CustomerTypeOrmRepository },
    { provide: COMPANY_REPOSITORY, useClass: CompanyTypeOrmRepository },
    { provide: DEAL_REPOSITORY, useClass: DealTypeOrmRepository },
    { provide: INTERACTION_REPOSITORY, useClass: InteractionTypeOrmRepository },
    CreateCustomerHandler,
    QualifyCustomerHandler,
    ConvertCustomerHandler,
    ChurnCustomerHandler,
    ReactivateCustomerHandler,
    UpgradeCustomerHandler,
    DowngradeCustomerHandler,
    AssignCustomerHandler,
    CreateCompanyHandler,
    CreateDealHandler,
    WinDealHandler,
    LoseDealHandler,
    CreateInteractionHandler,
    EndInteractionHandler,
    GetCustomerHandler,
    GetCompanyHandler,
    GetDealHandler,
    GetInteractionHandler,
    OnUserRegistered,
  ],
})
export class CrmModule {}
