import { DASHBOARD_COOKIE, dashboardCookie, dashboardToken } from './dashboard-credentials';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl';

describe('the credentials the queue dashboard accepts', () => {
  it('takes the bearer header before the cookie, and the cookie alone when there is no header', () => {
    const cookie = `theme=dark; ${DASHBOARD_COOKIE}=${TOKEN}; other=1`;
    expect(dashboardToken({ cookie })).toBe(TOKEN);
    expect(dashboardToken({ cookie, authorization: 'Bearer header-token' })).toBe('header-token');
  });

  it('ignores other cookies, a cookie whose name only ends like it, and a value that is no token', () => {
    expect(dashboardToken({ cookie: 'theme=dark' })).toBeUndefined();
    expect(dashboardToken({ cookie: `x${DASHBOARD_COOKIE}=${TOKEN}` })).toBeUndefined();
    expect(dashboardToken({ cookie: `${DASHBOARD_COOKIE}="${TOKEN}"` })).toBeUndefined();
    expect(dashboardToken({})).toBeUndefined();
  });

  it('sets the token for the rest of its life, HttpOnly, SameSite=Strict, on the dashboard path only, Secure over TLS', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const expiresAt = new Date('2026-01-01T00:14:59.200Z');
    expect(dashboardCookie(TOKEN, expiresAt, false, now)).toBe(
      `${DASHBOARD_COOKIE}=${TOKEN}; Path=/admin/queues; Max-Age=900; HttpOnly; SameSite=Strict`,
    );
    expect(dashboardCookie(TOKEN, expiresAt, true, now)).toMatch(/; Secure$/);
    expect(dashboardCookie(TOKEN, new Date(now.getTime() - 1000), false, now)).toContain('Max-Age=0;');
  });
});
