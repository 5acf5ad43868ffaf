import { applyDecorators } from '@nestjs/common';
import { IsOptional, ValidateBy, ValidateIf } from 'class-validator';

/**
 * The fields of a PATCH body (a partial change, see `Patch` in @promenade/ddd): a field left out keeps
 * its value; `{}` changes nothing. Every field of a PATCH DTO carries one of these two.
 */

/** A field the resource always has: left out it is kept; null would empty it, so it answers 400 naming the field. */
export const PatchRequired = (): PropertyDecorator =>
  applyDecorators(
    ValidateIf((_object, value) => value !== undefined),
    ValidateBy({
      name: 'patchRequired',
      validator: {
        validate: (value: unknown) => value !== null,
        defaultMessage: (args) => `${args?.property ?? 'the field'} cannot be null: it is required (leave it out to keep its value)`,
      },
    }),
  );

/** A field the resource may lack: left out it is kept, null clears it; any other value is checked by the rules after this. */
export const PatchNullable = (): PropertyDecorator => IsOptional();
