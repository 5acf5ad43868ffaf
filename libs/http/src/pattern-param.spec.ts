import { RequestValidationFailed } from './validation';
import { patternPipe } from './uuid-param.decorator';

describe('patternPipe (PatternParam)', () => {
  const meta = { type: 'param' as const, data: 'code' };

  it('hands a matching value on, normalised when asked', () => {
    expect(patternPipe('code', /^[a-z]{2}$/i, 'two letters').transform('de', meta)).toBe('de');
    expect(patternPipe('code', /^[a-z]{2}$/i, 'two letters', { normalize: (v) => v.toUpperCase() }).transform('de', meta)).toBe('DE');
  });

  it('refuses anything else with a 400 naming the parameter, or the field given', () => {
    const refusal = (field?: string) => {
      try {
        patternPipe('*', /^[a-z]+$/, 'letters only', { field }).transform('x1', meta);
      } catch (error) {
        return error as RequestValidationFailed;
      }
      throw new Error('not refused');
    };
    expect(refusal().fieldErrors).toEqual([{ field: '*', message: 'letters only' }]);
    expect(refusal('name').fieldErrors).toEqual([{ field: 'name', message: 'letters only' }]);
  });
});
