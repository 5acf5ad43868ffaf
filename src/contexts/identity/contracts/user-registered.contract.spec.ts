import { UserRegisteredContract } from './user-registered.contract';

describe('UserRegisteredContract', () => {
  it('travels as identity.user-registered v1 with its payload', () => {
    const event = new UserRegisteredContract({ userId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as UserRegisteredContract['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'identity.user-registered', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
