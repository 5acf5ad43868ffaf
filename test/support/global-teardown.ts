import { rmSync } from 'node:fs';
import { DATA_DIR_TEMPLATE_ENV } from './data-dir-template';

/** After the e2e suite: removes the template the global setup built (not one inherited from a parent run). */
export default function globalTeardown(): void {
  const template = globalThis.promenadeDataDirTemplate;
  if (!template) return;
  rmSync(template, { recursive: true, force: true });
  delete process.env[DATA_DIR_TEMPLATE_ENV];
  globalThis.promenadeDataDirTemplate = undefined;
}
