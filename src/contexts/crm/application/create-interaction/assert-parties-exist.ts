import { InteractionParties } from '../../domain/interaction/interaction-parties';
import { InteractionCompanyUnknown, InteractionCustomerUnknown } from '../../domain/interaction/interaction.errors';

/** The customer and company an interaction names must exist: a typo'd id would hide it from both. */
export async function assertPartiesExist(
  parties: InteractionParties,
  named: { customerId?: string | null; companyId?: string | null },
  customerScope: string | undefined,
): Promise<void> {
  // A customer the caller cannot see is unknown to them, exactly like one that does not exist.
  if (named.customerId && !(await parties.customerExists(named.customerId, customerScope)))
    throw new InteractionCustomerUnknown(named.customerId);
  if (named.companyId && !(await parties.companyExists(named.companyId))) throw new InteractionCompanyUnknown(named.companyId);
}
