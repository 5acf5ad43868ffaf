import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';
import { PAYMENT_METHOD_REPOSITORY, PaymentMethodRepository } from '../../domain/payment-method/payment-method.repository';
import { ListPaymentMethods } from './list-payment-methods.query';

@QueryHandler(ListPaymentMethods)
export class ListPaymentMethodsHandler implements IQueryHandler<ListPaymentMethods, Page<PaymentMethod>> {
  constructor(@Inject(PAYMENT_METHOD_REPOSITORY) private readonly methods: PaymentMethodRepository) {}

  async execute({ customerId, page, limit }: ListPaymentMethods): Promise<Page<PaymentMethod>> {
    const { items, total } = await this.methods.findPage(customerId, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
