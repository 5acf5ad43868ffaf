import { EVENTS_HANDLER_METADATA } from '@nestjs/cqrs/dist/decorators/constants';
import { CurrencyActivated } from '../../../reference/contracts/currency-activated.event';
import { OnCurrencyActivated } from './on-currency-activated.handler';

describe('OnCurrencyActivated', () => {
  it('subscribes to reference.currency-activated', () => {
    expect(Reflect.getMetadata(EVENTS_HANDLER_METADATA, OnCurrencyActivated)).toEqual([CurrencyActivated]);
  });
});
