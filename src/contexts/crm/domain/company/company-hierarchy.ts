import { CompanyHierarchyCycle, CompanyParentNotFound, CompanyParentSelf } from './company.errors';
import { CompanyRepository } from './company.repository';

/** The one rule of the hierarchy that needs other companies: it reads them through the repository port. */
export class CompanyHierarchy {
  constructor(private readonly companies: Pick<CompanyRepository, 'find'>) {}

  /**
   * Checks that `companyId` may hang under `parentId`: not itself, a live parent, and `companyId` not
   * among the parent's ancestors at any depth (A → B → C, then C as A's parent, is refused). Run it under
   * `lockHierarchy`, so the chain it walks does not change before the move is saved.
   */
  async assertCanHangUnder(companyId: string, parentId: string): Promise<void> {
    if (parentId === companyId) throw new CompanyParentSelf(companyId);
    let ancestor = await this.companies.find(parentId);
    if (!ancestor) throw new CompanyParentNotFound(parentId);
    // The stored hierarchy has no cycle (this check keeps it so); `walked` only guarantees the walk ends.
    const walked = new Set<string>();
    while (ancestor && !walked.has(ancestor.id)) {
      if (ancestor.id === companyId) throw new CompanyHierarchyCycle(companyId, parentId);
      walked.add(ancestor.id);
      ancestor = ancestor.parentId ? await this.companies.find(ancestor.parentId) : undefined;
    }
  }
}
