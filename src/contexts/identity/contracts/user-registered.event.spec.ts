import { UserRegistered } from './user-registered.event';

describe('UserRegistered', () => {
  it('travels as identity.user-registered v1 with its payload', () => {
    const event = new UserRegistered({ userId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as UserRegistered['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'identity.user-registered', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
