export const INTERACTION_PARTIES = Symbol('InteractionParties');

/** Whether the customer or company an interaction names exists (and is not deleted). */
export interface InteractionParties {
  /** Within `customerScope` (the rep whose customers the caller sees; undefined: anyone's): another rep's customer does not exist. */
  customerExists(customerId: string, customerScope?: string): Promise<boolean>;
  companyExists(companyId: string): Promise<boolean>;
}
