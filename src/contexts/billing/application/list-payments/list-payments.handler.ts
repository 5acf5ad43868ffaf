import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Payment } from '../../domain/payment/payment.aggregate';
import { PAYMENT_REPOSITORY, PaymentRepository } from '../../domain/payment/payment.repository';
import { ListPayments } from './list-payments.query';

@QueryHandler(ListPayments)
export class ListPaymentsHandler implements IQueryHandler<ListPayments, Page<Payment>> {
  constructor(@Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository) {}

  async execute({ filter, page, limit, ownerId }: ListPayments): Promise<Page<Payment>> {
    // The owner scope wins over the filter: a caller limited to one customer never lists another's.
    const { items, total } = await this.payments.findPage(
      { ...filter, customerId: ownerId ?? filter.customerId },
      (page - 1) * limit,
      limit,
    );
    return { items, page, limit, total };
  }
}
