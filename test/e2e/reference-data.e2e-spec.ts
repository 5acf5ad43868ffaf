import { codes as iso4217Codes } from 'currency-codes';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReferenceSeeder } from '../../src/contexts/reference/infrastructure/persistence/reference-seeder';
import { installedVersions, REFERENCE_MAPPING } from '../../src/contexts/reference/infrastructure/persistence/source-packages';
import { signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const REFERENCE = '/api/v1/reference';

describe('Reference data through HTTP', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    testApp = await startTestApp();
    http = request(testApp.url);
  });

  afterAll(() => testApp?.close());

  describe('counts: the whole of each source, loaded at start', () => {
    it('pages through the 249 ISO 3166-1 countries, 100 at a time at most', async () => {
      const { body: first } = await http.get(`${REFERENCE}/countries?limit=100`).expect(200);
      expect(first).toMatchObject({ page: 1, limit: 100, total: 249 });
      const { body: last } = await http.get(`${REFERENCE}/countries?limit=100&page=3`).expect(200);
      expect(last.items).toHaveLength(49);
      const codes = new Set([...first.items, ...last.items].map((country: { alpha2: string }) => country.alpha2));
      expect(codes.size).toBe(149);
    });

    it('lists every ISO 4217 code currency-codes ships, the 183 ISO 639-1 languages and the 318 time zones', async () => {
      const codes: string[] = [];
      for (let page = 1; codes.length < iso4217Codes().length; page++) {
        const { body } = await http.get(`${REFERENCE}/currencies?limit=100&page=${page}`).expect(200);
        expect(body.items.length).toBeGreaterThan(0);
        codes.push(...body.items.map((currency: { code: string }) => currency.code));
      }
      expect(codes.sort()).toEqual([...iso4217Codes()].sort());
      expect((await http.get(`${REFERENCE}/languages`).expect(200)).body).toMatchObject({ page: 1, limit: 20, total: 183 });
      expect((await http.get(`${REFERENCE}/timezones?limit=100&page=4`).expect(200)).body).toMatchObject({ page: 4, total: 318 });
    });

    it('shows which package versions were loaded, when, and the row counts', async () => {
      const { body } = await http.get(`${REFERENCE}/dataset`).expect(200);
      expect(body.counts).toEqual({ countries: 249, currencies: iso4217Codes().length, languages: 183, timezones: 318 });
      const versions = Object.fromEntries(
        body.sources.map((source: { package: string; version: string }) => [source.package, source.version]),
      );
      expect(versions).toEqual(installedVersions());
      for (const source of body.sources) expect(Date.parse(source.loadedAt)).toBeLessThanOrEqual(Date.now());
    });

    it('records the mapping version, and reloads the rows a start with an older mapping finds', async () => {
      const db = testApp.app.get(DataSource);
      const recorded = await db.query(`SELECT version FROM reference.datasets WHERE source = $1`, [REFERENCE_MAPPING.source]);
      expect(recorded).toEqual([{ version: REFERENCE_MAPPING.version }]);
      // As a database loaded by the older mapping had it.
      await db.query(`UPDATE reference.countries SET calling_codes = '{+73,+74}', currencies = '{GBP,GGP}' WHERE id IN ('RU', 'GG')`);
      await db.query(`UPDATE reference.datasets SET version = 'older' WHERE source = $1`, [REFERENCE_MAPPING.source]);
      await expect(testApp.app.get(ReferenceSeeder).seed()).resolves.toEqual([REFERENCE_MAPPING.source]);
      const rows = await db.query(
        `SELECT id, calling_codes AS "callingCodes", currencies FROM reference.countries WHERE id IN ('RU', 'GG') ORDER BY id`,
      );
      expect(rows).toEqual([
        { id: 'GG', callingCodes: ['+44'], currencies: ['GBP'] },
        { id: 'RU', callingCodes: ['+7'], currencies: ['RUB'] },
      ]);
      await expect(testApp.app.get(ReferenceSeeder).seed()).resolves.toEqual([]);
    });
  });

  describe('countries', () => {
    const germany = {
      alpha2: 'DE',
      alpha3: 'DEU',
      numeric: '276',
      name: 'Germany',
      officialName: 'Federal Republic of Germany',
      currencies: ['EUR'],
      callingCodes: ['+49'],
      region: 'Europe',
      subregion: 'Western Europe',
      active: true,
    };

    it.each(['DE', 'de', 'De', 'DEU', 'deu', 'dEU'])('finds Germany as %s', async (code) => {
      expect((await http.get(`${REFERENCE}/countries/${code}`).expect(200)).body).toEqual(germany);
    });

    it('gives country calling codes, not area codes, and only ISO 4217 currencies', async () => {
      const country = async (code: string) => (await http.get(`${REFERENCE}/countries/${code}`).expect(200)).body;
      expect(await country('RU')).toMatchObject({ callingCodes: ['+7'], currencies: ['RUB'] });
      expect(await country('KZ')).toMatchObject({ callingCodes: ['+7'] });
      expect(await country('US')).toMatchObject({ callingCodes: ['+1'], currencies: ['USD'] });
      expect(await country('VA')).toMatchObject({ callingCodes: ['+39'] });
      expect(await country('UM')).toMatchObject({ callingCodes: [] });
      expect(await country('JE')).toMatchObject({ currencies: ['GBP'] });
    });

    it('searches names and codes, any case and without accents, and filters by region', async () => {
      const { body: found } = await http.get(`${REFERENCE}/countries?search=COTE`).expect(200);
      expect(found.items.map((country: { alpha2: string }) => country.alpha2)).toEqual(['CI']);
      const { body: europe } = await http.get(`${REFERENCE}/countries?region=Europe&limit=100`).expect(200);
      expect(europe.total).toBeGreaterThan(40);
      expect(europe.items.every((country: { region: string }) => country.region === 'Europe')).toBe(true);
    });

    it.each(['D', 'DEUT', '276', 'D1'])('answers 400 VALIDATION_FAILED to the malformed code %s', async (code) => {
      const response = await http.get(`${REFERENCE}/countries/${code}`);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual([{ field: 'code', message: expect.stringContaining('ISO 3166-1') }]);
    });

    it('answers 400 to an unknown region or a page size over 100', async () => {
      expectProblem(await http.get(`${REFERENCE}/countries?region=Atlantis`), 400, 'VALIDATION_FAILED');
      expectProblem(await http.get(`${REFERENCE}/countries?limit=101`), 400, 'VALIDATION_FAILED');
    });

    it.each(['XX', 'xxx', 'XK'])('answers 404 COUNTRY_NOT_FOUND problem+json to the unknown code %s', async (code) => {
      const response = await http.get(`${REFERENCE}/countries/${code}`);
      expectProblem(response, 404, 'COUNTRY_NOT_FOUND');
      expect(response.body).toMatchObject({
        type: 'https://promenade.dev/problems/country-not-found',
        instance: `${REFERENCE}/countries/${code}`,
      });
    });
  });

  describe('currencies and languages', () => {
    it('finds a currency in any case, with its digits and symbol', async () => {
      const euro = { code: 'EUR', numeric: '978', name: 'Euro', minorUnits: 2, symbol: '€', active: true };
      expect((await http.get(`${REFERENCE}/currencies/EUR`).expect(200)).body).toEqual(euro);
      expect((await http.get(`${REFERENCE}/currencies/eur`).expect(200)).body).toEqual(euro);
      expect((await http.get(`${REFERENCE}/currencies/XAU`).expect(200)).body).toMatchObject({ minorUnits: null });
      expect((await http.get(`${REFERENCE}/currencies?search=yen`).expect(200)).body.items.map((c: { code: string }) => c.code)).toEqual([
        'JPY',
      ]);
    });

    it('finds a language in any case', async () => {
      const german = { code: 'de', name: 'German', nativeName: 'Deutsch' };
      expect((await http.get(`${REFERENCE}/languages/de`).expect(200)).body).toEqual(german);
      expect((await http.get(`${REFERENCE}/languages/DE`).expect(200)).body).toEqual(german);
      expect((await http.get(`${REFERENCE}/languages?search=deutsch`).expect(200)).body).toEqual({
        items: [german],
        page: 1,
        limit: 20,
        total: 1,
      });
    });

    it('answers 400 to malformed codes and 404 problem+json to unknown ones', async () => {
      expectProblem(await http.get(`${REFERENCE}/currencies/EU`), 400, 'VALIDATION_FAILED');
      expectProblem(await http.get(`${REFERENCE}/currencies/EURO`), 400, 'VALIDATION_FAILED');
      expectProblem(await http.get(`${REFERENCE}/currencies/XYZ`), 404, 'CURRENCY_NOT_FOUND');
      expectProblem(await http.get(`${REFERENCE}/languages/deu`), 400, 'VALIDATION_FAILED');
      expectProblem(await http.get(`${REFERENCE}/languages/xx`), 404, 'LANGUAGE_NOT_FOUND');
      expectProblem(await http.get(`${REFERENCE}/languages/sh`), 404, 'LANGUAGE_NOT_FOUND');
    });

    it('answers problem+json 400, never a bare router error, to a broken %-escape or an overlong code', async () => {
      expectProblem(await http.get(`${REFERENCE}/countries/%ZZ`), 400, 'MALFORMED_URL');
      expectProblem(await http.get(`${REFERENCE}/timezones/Europe%E0%A4%A`), 400, 'MALFORMED_URL');
      expectProblem(await http.get(`${REFERENCE}/countries/${'A'.repeat(300)}`), 400, 'VALIDATION_FAILED');
      expectProblem(await http.get(`${REFERENCE}/timezones/${'Europe/'.repeat(60)}Kyiv`), 400, 'VALIDATION_FAILED');
    });
  });

  describe('timezones: names with slashes, raw or URL-encoded', () => {
    const offset = expect.stringMatching(/^[+-]\d{2}:\d{2}$/);

    it.each([
      ['Europe/Kyiv', 'Europe/Kyiv'],
      ['Europe%2FKyiv', 'Europe/Kyiv'],
      ['europe%2fkyiv', 'Europe/Kyiv'],
      ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
      ['America%2FArgentina%2FBuenos_Aires', 'America/Argentina/Buenos_Aires'],
    ])('finds %s as %s, with its current offset', async (path, name) => {
      const { body } = await http.get(`${REFERENCE}/timezones/${path}`).expect(200);
      expect(body).toMatchObject({ name, utcOffset: offset, utcOffsetMinutes: expect.any(Number) });
    });

    it('resolves an alias, raw or encoded, to its zone, and UTC to Etc/UTC', async () => {
      expect((await http.get(`${REFERENCE}/timezones/Europe/Kiev`).expect(200)).body).toMatchObject({
        name: 'Europe/Kyiv',
        countryCode: 'UA',
        countryName: 'Ukraine',
      });
      expect((await http.get(`${REFERENCE}/timezones/Europe%2FKiev`).expect(200)).body.name).toBe('Europe/Kyiv');
      expect((await http.get(`${REFERENCE}/timezones/UTC`).expect(200)).body).toMatchObject({
        name: 'Etc/UTC',
        utcOffset: '+00:00',
        countryCode: null,
      });
    });

    it("lists a country's zones and finds zones by city", async () => {
      const { body: ukraine } = await http.get(`${REFERENCE}/timezones?country=ua`).expect(200);
      expect(ukraine.items.map((zone: { name: string }) => zone.name)).toContain('Europe/Kyiv');
      expect(ukraine.items.every((zone: { countryCode: string }) => zone.countryCode === 'UA')).toBe(true);
      const { body: found } = await http.get(`${REFERENCE}/timezones?search=buenos%20aires`).expect(200);
      expect(found.items.map((zone: { name: string }) => zone.name)).toContain('America/Argentina/Buenos_Aires');
    });

    it.each(['Europe/', 'Europe//Kyiv', 'Europe%2F', 'A/B/C/D', 'Europe/Ky%20iv'])('answers 400 to the malformed name %s', async (path) => {
      const response = await http.get(`${REFERENCE}/timezones/${path}`);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual([{ field: 'name', message: expect.stringContaining('IANA') }]);
    });

    it('answers 404 TIMEZONE_NOT_FOUND problem+json to an unknown name, raw or encoded', async () => {
      expectProblem(await http.get(`${REFERENCE}/timezones/Mars/Olympus_Mons`), 404, 'TIMEZONE_NOT_FOUND');
      expectProblem(await http.get(`${REFERENCE}/timezones/Mars%2FOlympus_Mons`), 404, 'TIMEZONE_NOT_FOUND');
      expectProblem(await http.get(`${REFERENCE}/timezones?country=1a`), 400, 'VALIDATION_FAILED');
    });
  });

  describe('caching: ETag, 304 and Cache-Control', () => {
    it('answers 304 with no body when If-None-Match names the current ETag, and the body for any other', async () => {
      const first = await http.get(`${REFERENCE}/countries/DE`).expect(200);
      const etag = first.headers.etag;
      expect(etag).toMatch(/^"[^"]+"$/);
      expect((await http.get(`${REFERENCE}/countries/de`).expect(200)).headers.etag).toBe(etag);
      const revalidated = await http.get(`${REFERENCE}/countries/DE`).set('if-none-match', etag).expect(304);
      expect(revalidated.text ?? '').toBe('');
      expect(revalidated.headers.etag).toBe(etag);
      expect(revalidated.headers['cache-control']).toBe('public, max-age=3600');
      await http.get(`${REFERENCE}/countries/DE`).set('if-none-match', '"something-else"').expect(200);
      const { etag: france } = (await http.get(`${REFERENCE}/countries/FR`).expect(200)).headers;
      expect(france).not.toBe(etag);
    });

    it('lets each resource be cached for its TTL', async () => {
      expect((await http.get(`${REFERENCE}/countries`).expect(200)).headers['cache-control']).toBe('public, max-age=3600');
      expect((await http.get(`${REFERENCE}/currencies/EUR`).expect(200)).headers['cache-control']).toBe('public, max-age=3600');
      expect((await http.get(`${REFERENCE}/languages`).expect(200)).headers['cache-control']).toBe('public, max-age=86400');
      expect((await http.get(`${REFERENCE}/dataset`).expect(200)).headers['cache-control']).toBe('public, max-age=3600');
    });

    it('lets a time zone answer be reused only until the next quarter hour, when an offset could change', async () => {
      for (const path of ['timezones', 'timezones/Europe/Kyiv', 'timezones/Europe%2FKyiv']) {
        const cacheControl = (await http.get(`${REFERENCE}/${path}`).expect(200)).headers['cache-control'];
        const maxAge = Number(/^public, max-age=(\d+)$/.exec(cacheControl)?.[1]);
        expect({ path, fresh: maxAge >= 1 && maxAge <= 900 }).toEqual({ path, fresh: true });
      }
    });

    it('never marks an error as cacheable, nor answers it 304', async () => {
      const missing = await http.get(`${REFERENCE}/countries/XX`).set('if-none-match', '*');
      expect(missing.status).toBe(404);
      expect(missing.headers['cache-control']).toBeUndefined();
    });
  });

  describe('public reads', () => {
    it('needs no token, and ignores an invalid one', async () => {
      for (const path of [
        'countries',
        'countries/DE',
        'currencies',
        'currencies/EUR',
        'languages',
        'languages/de',
        'timezones',
        'timezones/Europe/Kyiv',
        'dataset',
      ]) {
        expect({ path, status: (await http.get(`${REFERENCE}/${path}`)).status }).toEqual({ path, status: 200 });
        expect({ path, status: (await http.get(`${REFERENCE}/${path}`).set('authorization', 'Bearer not-a-token')).status }).toEqual({
          path,
          status: 200,
        });
      }
    });
  });

  it("shows an administrator's deactivation once its event is handled, the cache forgotten", async () => {
    const admin = await signUp(testApp, { roles: ['admin'] });
    expect((await http.get(`${REFERENCE}/currencies/CHF`).expect(200)).body.active).toBe(true);
    await http.post(`${REFERENCE}/currencies/CHF/deactivate`).set(admin.headers).expect(200);
    await eventually(async () => ((await http.get(`${REFERENCE}/currencies/CHF`)).body.active === false ? true : undefined));
    const listed = (await http.get(`${REFERENCE}/currencies?search=CHF`).expect(200)).body.items;
    expect(listed.find((currency: { code: string }) => currency.code === 'CHF').active).toBe(false);
    await http.post(`${REFERENCE}/currencies/CHF/activate`).set(admin.headers).expect(200);
    await eventually(async () => ((await http.get(`${REFERENCE}/currencies/CHF`)).body.active === true ? true : undefined));
  });

  it('documents every route in Swagger with examples, the slashed name on the {name} route', async () => {
    const { body: doc } = await http.get('/docs-json').expect(200);
    const paths = Object.keys(doc.paths).filter((path) => path.startsWith(REFERENCE) && !path.endsWith('activate'));
    expect(paths.sort()).toEqual(
      [
        `${REFERENCE}/countries`,
        `${REFERENCE}/countries/{code}`,
        `${REFERENCE}/currencies`,
        `${REFERENCE}/currencies/{code}`,
        `${REFERENCE}/languages`,
        `${REFERENCE}/languages/{code}`,
        `${REFERENCE}/timezones`,
        `${REFERENCE}/timezones/{name}`,
        `${REFERENCE}/dataset`,
      ].sort(),
    );
    for (const path of paths) {
      const operation = doc.paths[path].get;
      expect({ path, security: operation.security }).toEqual({ path, security: [] });
      expect({
        path,
        notModified: operation.responses['304'] !== undefined,
        etag: operation.responses['200'].headers?.ETag !== undefined,
      }).toEqual({ path, notModified: true, etag: true });
    }
    expect(doc.paths[`${REFERENCE}/countries/{code}`].get.responses['404'].description).toContain('COUNTRY_NOT_FOUND');
    expect(doc.paths[`${REFERENCE}/timezones/{name}`].get.responses['404'].description).toContain('TIMEZONE_NOT_FOUND');
    expect(doc.components.schemas.CountryResponse.properties.alpha3.example).toBe('DEU');
    expect(doc.components.schemas.TimezoneResponse.properties.utcOffset.example).toBe('+02:00');
    for (const [path, example] of [
      ['countries', 'DE'],
      ['currencies', 'EUR'],
      ['languages', 'de'],
    ]) {
      const code = doc.paths[`${REFERENCE}/${path}/{code}`].get.parameters.find((parameter: { name: string }) => parameter.name === 'code');
      expect({ path, example: code?.schema.example }).toEqual({ path, example });
    }
    // Always present, sometimes null: required and nullable, not optional.
    for (const [schema, property] of [
      ['CountryResponse', 'subregion'],
      ['CurrencyResponse', 'minorUnits'],
      ['CurrencyResponse', 'symbol'],
      ['TimezoneResponse', 'countryCode'],
      ['TimezoneResponse', 'utcOffset'],
      ['TimezoneResponse', 'utcOffsetMinutes'],
    ]) {
      const { required, properties } = doc.components.schemas[schema];
      expect({ schema, property, required: required.includes(property), nullable: properties[property].nullable }).toEqual({
        schema,
        property,
        required: true,
        nullable: true,
      });
    }
    expect(doc.components.schemas.CountryPage.properties.items.items.$ref).toBe('#/components/schemas/CountryResponse');
  });
});
