import { AggregateRoot, newId } from '@promenade/ddd';
import { ContactCreated } from '../contracts/contact-created.event';
import { ContactVerified } from '../contracts/contact-verified.event';

export interface ContactState {
  id: string;
  version: number;
  createdAt: Date;
}

/** Contact: its rules live here, as methods that check them and raise events. */
export class Contact extends AggregateRoot {
  private constructor(private state: ContactState) {
    super(state.id, state.version);
  }

  static create(now = new Date()): Contact {
    const contact = new Contact({ id: newId(), version: 0, createdAt: now });
    contact.apply(new ContactCreated({ contactId: contact.id, createdAt: now.toISOString() }));
    return contact;
  }

  /** Rebuilds a stored contact; no rule is re-run and no event raised. */
  static restore(state: ContactState): Contact {
    return new Contact({ ...state });
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  /** Verify this contact. Check the rule that allows it here, before the event. */
  verify(now = new Date()): void {
    this.apply(new ContactVerified({ contactId: this.id, verifiedAt: now.toISOString() }));
  }
}
