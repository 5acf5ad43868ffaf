export * from './country-activated.contract';
export * from './country-deactivated.contract';
export * from './currency-activated.contract';
export * from './currency-deactivated.contract';
export * from './permissions';
