export * from './shipment-delivered.contract';
export * from './shipment-shipped.contract';
export * from './permissions';
export * from './release-shipment.message';
