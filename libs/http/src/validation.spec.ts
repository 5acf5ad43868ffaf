import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { FieldError } from './problem-details';
import { createValidationPipe, RequestValidationFailed } from './validation';

class Line {
  @IsString()
  @MaxLength(10)
  sku!: string;
}

class OrderRequest {
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => Line)
  lines!: Line[];

  @IsString()
  @MaxLength(3)
  @Matches(/^[A-Z]+$/)
  code!: string;
}

const pipe = createValidationPipe();

async function fieldErrorsOf(body: object): Promise<FieldError[]> {
  const error = await pipe.transform(body, { type: 'body', metatype: OrderRequest }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof RequestValidationFailed)) throw new Error(`expected a RequestValidationFailed, got ${String(error)}`);
  return error.fieldErrors;
}

describe('the validation pipe answers one message per problem', () => {
  it('reports a missing array as not an array, not also as too long', async () => {
    expect(await fieldErrorsOf({ code: 'EUR' })).toEqual([{ field: 'lines', message: 'lines must be an array' }]);
  });

  it('reports a value of the wrong type by its type alone', async () => {
    expect(await fieldErrorsOf({ lines: 'many', code: 7 })).toEqual([
      { field: 'lines', message: 'lines must be an array' },
      { field: 'code', message: 'code must be a string' },
    ]);
  });

  it('reports every rule a value of the right type breaks, and nested fields by their path', async () => {
    const errors = await fieldErrorsOf({ lines: [{ sku: 4 }], code: 'euro' });

    expect(errors).toEqual([
      { field: 'lines.0.sku', message: 'sku must be a string' },
      { field: 'code', message: expect.stringContaining('must match') },
      { field: 'code', message: 'code must be shorter than or equal to 3 characters' },
    ]);
  });
});
