import { Inject, Injectable, Logger } from '@nestjs/common';
import { Email } from '@promenade/ddd';
import { Customer, CUSTOMER_NAME_MAX_LENGTH } from '../../domain/customer/customer.aggregate';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { SignUp, SIGN_UPS, SignUps } from './sign-ups';

/**
 * Makes a user who signed up a customer: a new lead linked to them, or, when a rep already keeps a
 * customer with that email, that customer linked to them, but only once Identity has verified that the
 * address is theirs. Until then anybody could register with a known customer's address and take the
 * customer over (its history, its rep's notes); the customer waits, unlinked, and the user has no lead.
 * Each event records what it says, then the same decision runs on all that is known, so the order in
 * which the events arrive does not matter and a redelivery finds the work done.
 */
@Injectable()
export class SignedUpUserLinker {
  private readonly logger = new Logger(SignedUpUserLinker.name);

  constructor(
    @Inject(SIGN_UPS) private readonly signUps: SignUps,
    @Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository,
  ) {}

  async registered(userId: string, email: string, displayName: string): Promise<void> {
    await this.settle(await this.signUps.record(userId, { email, displayName }));
  }

  async emailVerified(userId: string, verifiedAt: Date): Promise<void> {
    await this.settle(await this.signUps.record(userId, { emailVerifiedAt: verifiedAt }));
  }

  private async settle({ userId, email: address, displayName, emailVerifiedAt }: SignUp): Promise<void> {
    // Linked already (a redelivery, or a lead deleted since): a user is linked once, ever.
    if (await this.customers.findLinkedToUser(userId)) return;
    // Verified before the registration reached CRM: its address is not known yet; the registration settles it.
    if (address === null) return;
    const email = Email.of(address);
    const known = await this.customers.findLiveByEmail(email);
    if (!known) {
      const name = ((displayName ?? '').trim() || email.value).slice(0, CUSTOMER_NAME_MAX_LENGTH);
      await this.customers.save(
        Customer.create({ name, email, phone: null, source: 'inbound', companyId: null, assignedTo: null, userId }),
      );
      return;
    }
    if (known.userId !== null) {
      // Another user registered with this email earlier (a changed address since, say): leave that link alone.
      this.logger.warn(
        `user ${userId} signed up as ${email.normalized}, already the email of customer ${known.id} linked to user ${known.userId}`,
      );
      return;
    }
    if (emailVerifiedAt === null) return; // the customer waits for proof that the address is the user's
    known.linkUser(userId);
    await this.customers.save(known);
  }
}
