import { StockReservationFailedContractPayload } from '../../../warehouse/contracts';

const WHY = {
  insufficient: 'out of stock',
  unknown: 'unknown product',
  discontinued: 'discontinued product',
} as const;

/** "out of stock: SKU-1 (3 requested, 1 available); unknown product: SKU-9": the cancellation reason the customer reads. */
export function reasonOfShortages(shortages: StockReservationFailedContractPayload['shortages']): string {
  const groups = (Object.keys(WHY) as Array<keyof typeof WHY>)
    .map((reason) => ({ reason, lines: shortages.filter((line) => line.reason === reason) }))
    .filter(({ lines }) => lines.length > 0);
  if (groups.length === 0) return 'stock could not be reserved';
  return groups
    .map(({ reason, lines }) => {
      const skus = lines.map((line) =>
        reason === 'insufficient' ? `${line.sku} (${line.requested} requested, ${line.available} available)` : line.sku,
      );
      return `${WHY[reason]}: ${skus.join(', ')}`;
    })
    .join('; ');
}
