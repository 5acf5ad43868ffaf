import { runsBackgroundWork, servesApi } from './process-role';

describe('process roles', () => {
  it.each([
    ['all', true, true],
    ['api', true, false],
    ['worker', false, true],
  ] as const)('%s: serves the API %s, runs background work %s', (role, api, background) => {
    expect(servesApi({ PROCESS_ROLE: role })).toBe(api);
    expect(runsBackgroundWork({ PROCESS_ROLE: role })).toBe(background);
  });
});
