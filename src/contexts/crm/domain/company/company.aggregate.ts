import { AggregateRoot, Money, Patch, newId, patched } from '@promenade/ddd';
import { CompanyCreated } from '../events/company-created.event';
import { CompanyDeleted } from '../events/company-deleted.event';
import { CompanyParentChanged } from '../events/company-parent-changed.event';
import { CompanyUpdated } from '../events/company-updated.event';
import { CompanyDetails, CompanyDetailsInput, changedFields, companyDetails, detailsInput } from './company-details';
import { CompanyLegalType } from './company-legal-type';
import { CompanySize } from './company-size';
import { CompanyHasSubsidiaries, CompanyNotFound, CompanyParentSelf } from './company.errors';

export interface CompanyState {
  id: string;
  version: number;
  details: CompanyDetails;
  parentId: string | null;
  /** Deleted companies stay stored (their events and history refer to them) but no operation reaches them. */
  deletedAt: Date | null;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** A change of some fields: a field left out stays as it is, null clears an optional one. */
export type CompanyChanges = Patch<CompanyDetailsInput>;

/**
 * A company customers can belong to. It may hang under a parent company; the rules that need other
 * companies (unique name, a parent that exists, no cycle) are checked by the domain services next to
 * it (company-name-uniqueness, company-hierarchy) before it is changed; those it can see itself live here.
 */
export class Company extends AggregateRoot<CompanyState> {
  private constructor(state: CompanyState) {
    super(state);
  }

  /** `parentId` must have been checked with CompanyHierarchy (a new company cannot close a cycle: nothing hangs under it yet). */
  static create(details: CompanyDetails, parentId: string | null = null, now = new Date()): Company {
    const company = new Company({ id: newId(), version: 0, details, parentId, deletedAt: null, createdAt: now, updatedAt: now });
    company.apply(
      new CompanyCreated({
        companyId: company.id,
        name: details.name,
        legalType: details.legalType,
        size: details.size,
        parentId,
        createdAt: now.toISOString(),
      }),
    );
    return company;
  }

  /** Rebuilds a stored company; no rule is re-run and no event raised. */
  static restore(state: CompanyState): Company {
    return new Company(state);
  }

  get details(): CompanyDetails {
    return this.state.details;
  }

  get name(): string {
    return this.state.details.name;
  }

  get legalType(): CompanyLegalType {
    return this.state.details.legalType;
  }

  get size(): CompanySize {
    return this.state.details.size;
  }

  get industry(): string | null {
    return this.state.details.industry;
  }

  get taxId(): string | null {
    return this.state.details.taxId;
  }

  get employeeCount(): number | null {
    return this.state.details.employeeCount;
  }

  get annualRevenue(): Money | null {
    return this.state.details.annualRevenue;
  }

  get parentId(): string | null {
    return this.state.parentId;
  }

  get deletedAt(): Date | null {
    return this.state.deletedAt;
  }

  get isDeleted(): boolean {
    return this.state.deletedAt !== null;
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /**
   * Applies a change of some fields, checked as a whole (the same rules as at creation). Answers
   * whether anything changed: sending the fields as they are changes nothing and raises nothing.
   */
  update(changes: CompanyChanges): boolean {
    this.assertLive();
    const next = companyDetails(patched(detailsInput(this.state.details), changes));
    const changed = changedFields(this.state.details, next);
    if (changed.length === 0) return false;
    this.state = { ...this.state, details: next };
    this.apply(new CompanyUpdated({ companyId: this.id, changed, name: next.name, size: next.size }));
    return true;
  }

  /**
   * Moves the company under `parentId`, or to the top with null. The parent must have been checked with
   * CompanyHierarchy (exists, live, no cycle); itself as parent is refused here. Answers whether it moved.
   */
  changeParent(parentId: string | null): boolean {
    this.assertLive();
    if (parentId === this.id) throw new CompanyParentSelf(this.id);
    if (parentId === this.state.parentId) return false;
    const previousParentId = this.state.parentId;
    this.state = { ...this.state, parentId };
    this.apply(new CompanyParentChanged({ companyId: this.id, parentId, previousParentId }));
    return true;
  }

  /**
   * Soft delete: the row and its history stay, every later operation answers COMPANY_NOT_FOUND.
   * `liveSubsidiaries` is how many live companies hang directly under this one: they must be moved or
   * deleted first, so no live company is left under a deleted parent.
   */
  delete(liveSubsidiaries: number, now = new Date()): void {
    this.assertLive();
    if (liveSubsidiaries > 0) throw new CompanyHasSubsidiaries(this.id, liveSubsidiaries);
    this.state = { ...this.state, deletedAt: now };
    this.apply(new CompanyDeleted({ companyId: this.id, deletedAt: now.toISOString() }));
  }

  private assertLive(): void {
    if (this.isDeleted) throw new CompanyNotFound(this.id);
  }
}
