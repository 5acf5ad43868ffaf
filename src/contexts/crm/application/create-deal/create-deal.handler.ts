import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Money } from '@promenade/ddd';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { CustomerNotFound } from '../../domain/customer/customer.errors';
import { Deal } from '../../domain/deal/deal.aggregate';
import { DealCustomerUnknown } from '../../domain/deal/deal.errors';
import { DEAL_REPOSITORY, DealRepository } from '../../domain/deal/deal.repository';
import { CreateDeal } from './create-deal.command';

@CommandHandler(CreateDeal)
export class CreateDealHandler implements ICommandHandler<CreateDeal, string> {
  constructor(
    @Inject(DEAL_REPOSITORY) private readonly deals: DealRepository,
    // Deals only ask whether the customer exists (not deleted) for the caller: within their customer scope.
    @Inject(CUSTOMER_REPOSITORY) private readonly customers: Pick<CustomerRepository, 'getById'>,
  ) {}

  async execute({ deal, customerScope }: CreateDeal): Promise<string> {
    const created = Deal.create({ ...deal, value: Money.of(deal.value.amount, deal.value.currency) });
    await this.assertCustomerExists(deal.customerId, customerScope);
    await this.deals.save(created);
    return created.id;
  }

  private async assertCustomerExists(customerId: string, customerScope: string | undefined): Promise<void> {
    try {
      await this.customers.getById(customerId, customerScope);
    } catch (error) {
      // The deal names the customer in its body: a missing one makes the request invalid (422), not the route 404.
      // Another rep's customer is missing to a caller who cannot see it: the same answer, so nothing leaks.
      if (error instanceof CustomerNotFound) throw new DealCustomerUnknown(customerId);
      throw error;
    }
  }
}
