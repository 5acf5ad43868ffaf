import request from 'supertest';
import { expectProblem } from './problems';

/** A value, or a function giving it once the suite's `beforeAll` has made what it refers to. */
type Given<T> = T | (() => T);

export interface PatchRoute {
  /** Fields the resource always has: left out they are kept, null answers 400 naming the field. */
  required: string[];
  /** Fields the resource may lack: left out they are kept, null clears them. */
  nullable: string[];
  /** For each field that may be changed alone, a valid value unlike the one `create` gives. */
  changes: Record<string, Given<unknown>>;
  /** How a change reads back when not as sent (a date in full ISO form, say); default: as sent. */
  readsBack?: Record<string, Given<unknown>>;
  /** Other fields a field's change or clearing moves by rule (a follow-up date making the follow-up required). */
  alsoMoves?: Record<string, string[]>;
  /** Fields sent along with a field's null so the result is valid (clearing a date its flag requires). */
  clearsWith?: Record<string, object>;
  /** The server, who calls, and a fresh resource with every nullable field set: answers its URL (PATCH and GET). */
  fixture: () => { http: ReturnType<typeof request>; headers: Record<string, string>; create: () => Promise<string> };
}

const given = <T>(value: Given<T>): T => (typeof value === 'function' ? (value as () => T)() : value);

/** Fields that move on every write. */
const BOOKKEEPING = ['version', 'updatedAt'];

/**
 * The rule every PATCH route keeps, as tests: `{}` changes nothing (not even the version); a field sent
 * alone changes that field only; null clears a nullable field and answers 400 VALIDATION_FAILED naming
 * a required one, changing nothing; no body answers 500. One table per route, one test per field.
 */
export function describePatchSemantics(route: string, spec: PatchRoute): void {
  describe(`${route} changes only what it names`, () => {
    async function patch(body: object): Promise<{ before: any; response: request.Response; after: any }> {
      const { http, headers, create } = spec.fixture();
      const url = await create();
      const before = (await http.get(url).set(headers).expect(200)).body;
      const response = await http.patch(url).set(headers).send(body);
      const after = (await http.get(url).set(headers).expect(200)).body;
      return { before, response, after };
    }

    function expectOnlyMoved(before: any, after: any, moved: string[]): void {
      const kept = Object.keys(before).filter((key) => !moved.includes(key) && !BOOKKEEPING.includes(key));
      expect(Object.fromEntries(kept.map((key) => [key, after[key]]))).toEqual(Object.fromEntries(kept.map((key) => [key, before[key]])));
    }

    it('takes {} as a change of nothing: 200, the resource as it was, the same version', async () => {
      const { before, response, after } = await patch({});

      expect(response.status).toBe(200);
      expect(response.body).toEqual(before);
      expect(after).toEqual(before);
    });

    it.each(Object.keys(spec.changes))('changes %s alone and keeps every other field', async (field) => {
      const value = given(spec.changes[field]);
      const { before, response, after } = await patch({ [field]: value });

      expect(response.status).toBe(200);
      expect(response.body).toEqual(after);
      expect(after[field]).toEqual(spec.readsBack?.[field] === undefined ? value : given(spec.readsBack[field]));
      expect(after[field]).not.toEqual(before[field]);
      expectOnlyMoved(before, after, [field, ...(spec.alsoMoves?.[field] ?? [])]);
    });

    // jest refuses an empty table: a route whose fields are all required has nothing to clear.
    if (spec.nullable.length > 0) {
      it.each(spec.nullable)('clears %s with null and keeps every other field', async (field) => {
        const { before, response, after } = await patch({ ...spec.clearsWith?.[field], [field]: null });

        expect(response.status).toBe(200);
        expect(before[field]).not.toBeNull();
        expect(after[field]).toBeNull();
        expectOnlyMoved(before, after, [field, ...Object.keys(spec.clearsWith?.[field] ?? {}), ...(spec.alsoMoves?.[field] ?? [])]);
      });
    }

    it.each(spec.required)('refuses null for the required %s with 400 naming it, and changes nothing', async (field) => {
      const { before, response, after } = await patch({ [field]: null });

      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(after).toEqual(before);
    });
  });
}
