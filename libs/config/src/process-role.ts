import { AppConfig } from './app-config';

/** The API routes (everything but health and metrics) are served by `all` and `api` processes. */
export function servesApi(config: Pick<AppConfig, 'PROCESS_ROLE'>): boolean {
  return config.PROCESS_ROLE !== 'worker';
}

/** The relay, the event workers, saga timeouts and the recurring jobs run in `all` and `worker` processes. */
export function runsBackgroundWork(config: Pick<AppConfig, 'PROCESS_ROLE'>): boolean {
  return config.PROCESS_ROLE !== 'api';
}
