import { existsSync } from 'node:fs';
import { buildDataDirTemplate, DATA_DIR_TEMPLATE_ENV } from './data-dir-template';

declare global {
  /** The template this run built, for the global teardown to remove (jest shares globals between the two, nothing else). */
  var promenadeDataDirTemplate: string | undefined;
}

/** Before the e2e suite: the embedded database template its apps start from, unless a parent run already made one. */
export default async function globalSetup(): Promise<void> {
  const inherited = process.env[DATA_DIR_TEMPLATE_ENV];
  if (inherited && existsSync(inherited)) return;
  const template = await buildDataDirTemplate();
  globalThis.promenadeDataDirTemplate = template;
  // Workers are started after this, with this environment.
  process.env[DATA_DIR_TEMPLATE_ENV] = template;
}
