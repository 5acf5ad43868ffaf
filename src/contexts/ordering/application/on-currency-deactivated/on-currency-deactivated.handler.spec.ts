import { EVENTS_HANDLER_METADATA } from '@nestjs/cqrs/dist/decorators/constants';
import { CurrencyDeactivated } from '../../../reference/contracts/currency-deactivated.event';
import { OnCurrencyDeactivated } from './on-currency-deactivated.handler';

describe('OnCurrencyDeactivated', () => {
  it('subscribes to reference.currency-deactivated', () => {
    expect(Reflect.getMetadata(EVENTS_HANDLER_METADATA, OnCurrencyDeactivated)).toEqual([CurrencyDeactivated]);
  });
});
