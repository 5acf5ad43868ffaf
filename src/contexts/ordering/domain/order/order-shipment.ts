/** How the order travels, as Shipping reported it once shipped. */
export interface OrderShipment {
  readonly carrier: string;
  readonly trackingNumber: string;
}
