import { describeAggregateRepositoryContract, newId, OpenedRepository } from '@promenade/ddd';
import { PaymentMethod, PaymentMethodState } from '../../domain/payment-method/payment-method.aggregate';
import { PaymentMethodNotFound } from '../../domain/payment-method/payment-method.errors';
import { PaymentMethodRepository } from '../../domain/payment-method/payment-method.repository';

const ADA = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
const NOW = new Date('2026-01-01T00:00:00Z');
const methodOf = (customerId = ADA) => PaymentMethod.create({ customerId, provider: 'sandbox', token: 'pm_card_ok', label: 'Visa' }, NOW);

/** What every PaymentMethodRepository does, the in-memory fake and the TypeORM adapter alike. */
export function describePaymentMethodRepositoryContract(open: () => Promise<OpenedRepository<PaymentMethodRepository>>): void {
  const { current } = describeAggregateRepositoryContract<PaymentMethod, PaymentMethodState, PaymentMethodRepository>({
    open,
    create: () => methodOf(),
    restore: PaymentMethod.restore,
    load: (methods, id) => methods.getById(id),
  });

  it("answers PaymentMethodNotFound for an unknown id, another customer's method, and a deleted one", async () => {
    const { repository: methods } = current();
    const method = methodOf(ADA);
    await methods.save(method);
    await expect(methods.getById(newId())).rejects.toBeInstanceOf(PaymentMethodNotFound);
    await expect(methods.getById(method.id, BOB)).rejects.toBeInstanceOf(PaymentMethodNotFound);
    await expect(methods.getById(method.id, ADA)).resolves.toMatchObject({ token: 'pm_card_ok' });

    method.delete(NOW);
    await methods.save(method);
    await expect(methods.getById(method.id)).rejects.toBeInstanceOf(PaymentMethodNotFound);
  });

  it("pages a customer's methods that are not deleted, newest first", async () => {
    const { repository: methods } = current();
    const [older, deleted, newer, bobs] = [methodOf(ADA), methodOf(ADA), methodOf(ADA), methodOf(BOB)];
    deleted.delete(NOW);
    for (const method of [older, deleted, newer, bobs]) await methods.save(method);

    const page = await methods.findPage(ADA, 0, 10);
    expect(page.total).toBe(2);
    expect(page.items.map((m) => m.id)).toEqual([newer.id, older.id]);
    expect((await methods.findPage(undefined, 0, 10)).total).toBe(3);
  });
}
