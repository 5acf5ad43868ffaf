import { Type } from 'class-transformer';
import { IsInt, IsString, ValidateNested } from 'class-validator';
import { PatchNullable, PatchRequired } from './patch-fields';
import { createValidationPipe, RequestValidationFailed } from './validation';

class Line {
  @IsString()
  sku!: string;

  @PatchNullable()
  @IsString()
  note?: string | null;
}

class ChangeRequest {
  @PatchRequired()
  @IsString()
  name?: string;

  @PatchNullable()
  @IsString()
  phone?: string | null;

  @PatchRequired()
  @IsInt()
  count?: number;

  @PatchRequired()
  @ValidateNested({ each: true })
  @Type(() => Line)
  lines?: Line[];
}

const pipe = createValidationPipe();
const transform = (body: unknown) => pipe.transform(body, { type: 'body', metatype: ChangeRequest });

async function refusedFields(body: object): Promise<string[]> {
  const error = await transform(body).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof RequestValidationFailed)) throw new Error(`expected a RequestValidationFailed, got ${String(error)}`);
  return [...new Set(error.fieldErrors.map((fieldError) => fieldError.field))];
}

describe('PATCH bodies through the validation pipe', () => {
  it('holds only the fields sent: a field left out is no key at all, at any level', async () => {
    const dto = await transform({ name: 'Ada', lines: [{ sku: 'A-1' }] });

    expect(Object.keys(dto)).toEqual(['name', 'lines']);
    expect(Object.keys(dto.lines[0])).toEqual(['sku']);
    expect({ ...dto }).not.toHaveProperty('phone');
  });

  it('takes {} as a change of nothing', async () => {
    expect(Object.keys(await transform({}))).toEqual([]);
  });

  it('keeps null for a nullable field, to clear it', async () => {
    expect(await transform({ phone: null })).toEqual({ phone: null });
  });

  it('refuses null for a required field, naming it', async () => {
    expect(await refusedFields({ name: null, count: null })).toEqual(['name', 'count']);
  });
});
