// What other contexts may import: the permissions CRM checks (it publishes no events yet).
export * from './permissions';
