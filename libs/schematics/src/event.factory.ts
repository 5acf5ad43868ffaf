import { Rule, Tree } from '@angular-devkit/schematics';
import { aggregatesOf } from './aggregate-lookup';
import { eventFile, eventSpec } from './event-template';
import { dropPlaceholder } from './module-wiring';
import { names, withArticle } from './names';
import { contextTarget, SchematicOptions } from './options';
import { refuseExisting } from './tree-edits';

/** `nest g event invoice-issued billing`: `billing.invoice-issued` v1 in contracts/, keyed by `invoiceId`. */
export function event(options: SchematicOptions): Rule {
  return (tree: Tree) => {
    const target = contextTarget(tree, options, 'nest g event <name> <context>');
    const e = names(options.name, 'event');
    const file = `${target.root}/contracts/${e.kebab}.event.ts`;
    refuseExisting(tree, [file], `event ${target.context.kebab}.${e.kebab}`);
    const subject = aggregatesOf(tree, target).find((aggregate) => e.kebab.startsWith(`${aggregate}-`)) ?? e.kebab.split('-')[0];
    const idField = `${names(subject, 'subject').camel}Id`;
    tree.create(file, eventFile(target.context, e, idField, null, `Something happened to ${withArticle(subject)} that other contexts may react to.`));
    tree.create(`${target.root}/contracts/${e.kebab}.event.spec.ts`, eventSpec(target.context, e, idField));
    dropPlaceholder(tree, `${target.root}/contracts`);
    return tree;
  };
}
