export * from './country-activated.event';
export * from './country-deactivated.event';
export * from './currency-activated.event';
export * from './currency-deactivated.event';
