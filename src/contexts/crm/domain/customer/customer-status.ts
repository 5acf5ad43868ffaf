export const CUSTOMER_STATUSES = ['lead', 'prospect', 'customer', 'churned'] as const;

/** lead → prospect (qualify) → customer (convert) → churned (churn) → customer (reactivate). */
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];
