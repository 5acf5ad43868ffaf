import { ValidationPipeOptions } from '@nestjs/common';
import { ClassConstructor, instanceToPlain, plainToInstance } from 'class-transformer';

/**
 * Leaves only the fields the client sent. class-transformer builds a DTO with `new`, and ES2022 class
 * fields give every declared field an own key, `undefined` when the client left it out; spread into a
 * command (`{ ...body }`) such a key would overwrite stored state with nothing (a PATCH erasing what
 * it did not name). JSON itself never holds `undefined`, so every key removed is one the class added.
 * Walks with an explicit stack, never recursion: the cost is linear in the request whatever its depth.
 */
export function dropUnsentFields(value: unknown): void {
  const stack: unknown[] = [value];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item === null || typeof item !== 'object' || !isWalkable(item)) continue;
    if (Array.isArray(item)) {
      // One push per element: spreading a 200,000-element array into push() overflows the call stack.
      for (const element of item) if (element !== null && typeof element === 'object') stack.push(element);
      continue;
    }
    for (const [key, field] of Object.entries(item)) {
      if (field === undefined) delete (item as Record<string, unknown>)[key];
      else if (field !== null && typeof field === 'object') stack.push(field);
    }
  }
}

/** Arrays, plain objects and DTOs: not dates, maps or binary values, whose keys are not fields. */
function isWalkable(item: object): boolean {
  return !(item instanceof Date || item instanceof Map || item instanceof Set || ArrayBuffer.isView(item));
}

/** class-transformer for the validation pipe, with DTOs that hold only the fields sent (`dropUnsentFields`). */
export const sentFieldsTransformer: NonNullable<ValidationPipeOptions['transformerPackage']> = {
  plainToInstance<T>(cls: ClassConstructor<T>, plain: unknown, options?: object): T | T[] {
    const instance = plainToInstance(cls, plain as object, options);
    dropUnsentFields(instance);
    return instance;
  },
  classToPlain: (object, options) => instanceToPlain(object, options),
};
