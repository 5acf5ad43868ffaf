import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { eventHandlerOf } from '@promenade/messaging';
import { AppModule } from './app.module';

const LIST = join(__dirname, 'event-handler-ids.txt');

/** Every module the app composes, found through `imports` as Nest would (no boot, no database). */
function modulesOf(root: Type): Type[] {
  const seen = new Set<Type>();
  const visit = (module: Type): void => {
    if (seen.has(module)) return;
    seen.add(module);
    for (const imported of (Reflect.getMetadata(MODULE_METADATA.IMPORTS, module) as Array<Type | { module: Type }> | undefined) ?? []) {
      visit('module' in imported ? imported.module : imported);
    }
  };
  visit(root);
  return [...seen];
}

function declaredHandlerIds(): string[] {
  return modulesOf(AppModule)
    .flatMap((module) => (Reflect.getMetadata(MODULE_METADATA.PROVIDERS, module) as unknown[] | undefined) ?? [])
    .flatMap((provider) => (typeof provider === 'function' ? [eventHandlerOf(provider)?.id] : []))
    .filter((id): id is string => id !== undefined)
    .sort();
}

/**
 * The ids key stored inbox rows, jobs and dead letters: a changed id orphans them unless a migration
 * rewrites them. This list makes every change to an id a visible line in review.
 */
describe('event handler ids', () => {
  it('are exactly the committed list in src/event-handler-ids.txt', () => {
    const declared = declaredHandlerIds();
    const listed = readFileSync(LIST, 'utf8').split('\n').filter(Boolean);
    const added = declared.filter((id) => !listed.includes(id));
    const removed = listed.filter((id) => !declared.includes(id));
    const diff = [...added.map((id) => `+ ${id}`), ...removed.map((id) => `- ${id}`)].join('\n');
    const advice = `The handlers declare other ids than src/event-handler-ids.txt lists:\n${diff}\nUpdate the list (sorted, one id a line); a changed id also needs a migration of the stored ids (see docs/events.md, "Handler ids").`;
    if (diff) throw new Error(advice);
    expect(listed).toEqual(declared);
  });
});
