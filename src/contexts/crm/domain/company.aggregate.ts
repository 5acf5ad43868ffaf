import { AggregateRoot, newId } from '@promenade/ddd';
import { CompanyCreated } from '../contracts/company-created.event';

export interface CompanyState {
  id: string;
  version: number;
  createdAt: Date;
}

/** Company: its rules live here, as methods that check them and raise events. */
export class Company extends AggregateRoot {
  private constructor(private state: CompanyState) {
    super(state.id, state.version);
  }

  static create(now = new Date()): Company {
    const company = new Company({ id: newId(), version: 0, createdAt: now });
    company.apply(new CompanyCreated({ companyId: company.id, createdAt: now.toISOString() }));
    return company;
  }

  /** Rebuilds a stored company; no rule is re-run and no event raised. */
  static restore(state: CompanyState): Company {
    return new Company({ ...state });
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }
}
