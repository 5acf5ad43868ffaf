import { Inject, Logger } from '@nestjs/common';
import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { Email } from '@promenade/ddd';
import { UserRegistered } from '../../../identity/contracts/user-registered.event';
import { Customer, CUSTOMER_NAME_MAX_LENGTH } from '../../domain/customer.aggregate';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer.repository';

/**
 * Where Crm meets Identity: someone who registers becomes a lead linked to their user. A rep may have
 * entered them already (same email, not linked yet): that customer is linked instead of a second one
 * made. Idempotent: when a customer is already linked to the user (a redelivery, or a lead deleted
 * since) nothing happens. The new lead has no rep (`assignedTo` null) until someone with
 * `customers:write:any` assigns one: only they see unassigned leads.
 */
@EventsHandler(UserRegistered)
export class OnUserRegistered implements IEventHandler<UserRegistered> {
  private readonly logger = new Logger(OnUserRegistered.name);

  constructor(@Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository) {}

  async handle(event: UserRegistered): Promise<void> {
    const { userId, email: address, displayName } = event.payload;
    if (await this.customers.findLinkedToUser(userId)) return;
    const email = Email.of(address);
    const known = await this.customers.findLiveByEmail(email);
    if (known && known.userId !== null) {
      // Another user registered with this email earlier (a changed address since, say): leave that link alone.
      this.logger.warn(`user ${userId} registered as ${email.normalized}, already the email of customer ${known.id} linked to user ${known.userId}`);
      return;
    }
    if (known) {
      known.linkUser(userId);
      await this.customers.save(known);
      return;
    }
    const name = (displayName.trim() || email.value).slice(0, CUSTOMER_NAME_MAX_LENGTH);
    await this.customers.save(Customer.create({ name, email, phone: null, source: 'inbound', companyId: null, assignedTo: null, userId }));
  }
}
