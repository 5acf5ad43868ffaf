export * from './shipment-delivered.event';
export * from './shipment-shipped.event';
