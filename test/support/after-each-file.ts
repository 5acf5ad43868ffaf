import { closeStartedApps } from './test-app';

/**
 * For the e2e and integration suites, which start whole services: a start-up or a test may take far longer
 * on a loaded 2-core machine than on a quiet one, so their hooks and tests get two minutes, not jest's
 * project default; and whatever a file started is closed after it, even if its own setup failed midway.
 */
jest.setTimeout(120_000);

afterAll(closeStartedApps, 120_000);
