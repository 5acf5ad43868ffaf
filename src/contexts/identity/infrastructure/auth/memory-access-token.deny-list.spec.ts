import { MemoryAccessTokenDenyList } from './memory-access-token.deny-list';

const NOW = new Date('2026-01-01T12:00:00Z').getTime();

describe('MemoryAccessTokenDenyList', () => {
  let denyList: MemoryAccessTokenDenyList;

  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
    denyList = new MemoryAccessTokenDenyList();
  });

  afterEach(() => jest.useRealTimers());

  /** How many entries the list holds: the only way to see that expired ones are swept rather than kept forever. */
  const size = () => (denyList as unknown as { until: Map<string, number> }).until.size;

  it('denies a token until its expiry', async () => {
    await denyList.deny('jti-1', new Date(NOW + 60_000));
    expect(await denyList.isDenied('jti-1')).toBe(true);
    jest.setSystemTime(NOW + 59_999);
    expect(await denyList.isDenied('jti-1')).toBe(true);
  });

  it('stops denying a token once it has expired anyway', async () => {
    await denyList.deny('jti-1', new Date(NOW + 60_000));
    jest.setSystemTime(NOW + 60_000);
    expect(await denyList.isDenied('jti-1')).toBe(false);
  });

  it('denies only the tokens it was given', async () => {
    await denyList.deny('jti-1', new Date(NOW + 60_000));
    expect(await denyList.isDenied('jti-2')).toBe(false);
  });

  it('sweeps entries past their expiry as new ones come in, keeping the live ones', async () => {
    await denyList.deny('short', new Date(NOW + 1_000));
    await denyList.deny('long', new Date(NOW + 60_000));
    jest.setSystemTime(NOW + 2_000);

    await denyList.deny('new', new Date(NOW + 60_000));

    expect(size()).toBe(2);
    expect(await denyList.isDenied('long')).toBe(true);
    expect(await denyList.isDenied('new')).toBe(true);
  });
});
