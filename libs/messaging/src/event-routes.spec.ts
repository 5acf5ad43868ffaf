import { contextOfModule } from './event-routes';

describe('contextOfModule', () => {
  it.each([
    ['ShippingModule', 'shipping'],
    ['CustomerManagementModule', 'customer-management'],
    ['Crm2Module', 'crm2'],
  ])('names the context of %s as %s', (moduleName, context) => {
    expect(contextOfModule(moduleName)).toBe(context);
  });
});
