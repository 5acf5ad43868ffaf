export const INTERACTION_PARTIES = Symbol('InteractionParties');

/** Whether the customer or company an interaction names exists (and is not deleted). */
export interface InteractionParties {
  customerExists(customerId: string): Promise<boolean>;
  companyExists(companyId: string): Promise<boolean>;
}
