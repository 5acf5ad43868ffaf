import { EVENTS_HANDLER_METADATA } from '@nestjs/cqrs/dist/decorators/constants';
import { UserRegistered } from '../../../identity/contracts/user-registered.event';
import { OnUserRegistered } from './on-user-registered.handler';

describe('OnUserRegistered', () => {
  it('subscribes to identity.user-registered', () => {
    expect(Reflect.getMetadata(EVENTS_HANDLER_METADATA, OnUserRegistered)).toEqual([UserRegistered]);
  });
});
