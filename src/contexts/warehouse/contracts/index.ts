export * from './permissions';
export * from './product-discontinued.contract';
export * from './reservation-expired.contract';
export * from './stock-reserved.contract';
export * from './stock-reservation-failed.contract';
export * from './stock-released.contract';
export * from './stock-issued.contract';
export * from './stock-low.contract';
