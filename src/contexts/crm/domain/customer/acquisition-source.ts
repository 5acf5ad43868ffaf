/** How a customer (or a deal) came to us; customers and deals share the list. */
export const ACQUISITION_SOURCES = ['inbound', 'outbound', 'referral', 'partner', 'event', 'advertising'] as const;

export type AcquisitionSource = (typeof ACQUISITION_SOURCES)[number];
