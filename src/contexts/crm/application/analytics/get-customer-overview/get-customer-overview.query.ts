/** Live customers counted by status and by tier. */
export class GetCustomerOverview {}
