import fc from 'fast-check';
import type request from 'supertest';
import { ACCESS_MATRIX } from '../testing/access-matrix';
import { Actor, buildSecurityWorld, requestFor, SecurityWorld } from '../testing/security-world';
import { bearer, newRegistration, startTestApp, TestApp } from '../testing/test-app';

/**
 * Every request DTO and every query, fuzzed from the OpenAPI document: junk bodies and junk queries, sent by
 * someone who may call the operation (the owner in the access matrix; nobody for public operations). Each answer
 * must be a 4xx in the API's error shape, never a 5xx, and nothing may be written.
 *
 * A junk body always holds at least one value that is invalid for its property by the document alone (a wrong
 * type, a value outside the enum or the bounds, a malformed date or uuid, a string with NUL or of 100 000
 * characters, an unknown property, or a body that is not an object), so any 2xx is a failure. Around it ride
 * values that are merely nasty (SQL, HTML, emoji, RTL, lone surrogates) in the other string fields.
 */

const SEED = 20_260_208;
const RUNS = 20;

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  nullable?: boolean;
}

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** Public operations: placeholders for their path parameters and valid bodies to start from. */
function publicCases(w: SecurityWorld): Record<string, { params?: Record<string, string>; body?: unknown }> {
  return {
    'POST /api/auth/password-reset': { body: { email: 'iemand@example.nl' } },
    'POST /api/auth/password-reset/confirm': {
      body: { token: 'a'.repeat(43), password: 'Lasrobot-Tulpen-Vlonder-88' },
    },
    'POST /api/auth/email-verification/confirm': { body: { token: 'b'.repeat(43) } },
    'POST /api/auth/register': { body: newRegistration({ kind: 'student' }) },
    'POST /api/auth/login': { body: { email: w.sessions.student.email, password: 'Niet-Het-Goede-Wachtwoord' } },
    'POST /api/guardian/{token}/sign': { params: { token: 'onbekend' }, body: { name: 'Ouder Jansen' } },
    'GET /api/guardian/{token}/agreement.pdf': { params: { token: 'onbekend' } },
  };
}

// Values that are nasty but may be valid where any text is: they ride along in the other fields.
const NASTY_TEXT = [
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '👩‍🔧🔥💥🇳🇱',
  '\u202Egnirts lasrever\u202C',
  'مرحبا بالعالم',
  '\ud800',
  '\udfff\ud800x',
  'NaN',
  '-1',
  '1e308',
  'null',
  'undefined',
  '__proto__',
  '{{7*7}}',
  '../../../etc/passwd',
  ' ',
];
const HUGE = 'x'.repeat(100_000);
const HUGE_EMOJI = '😀'.repeat(50_000);
const BAD_DATES = [
  '2026-02-30',
  'yesterday',
  '2026-13-01',
  '31-12-2026',
  '2026-02-30T10:00:00Z',
  '0000-00-00',
  '',
  '2026-1-1',
];
const BAD_DATE_TIMES = ['2026-02-30T10:00:00Z', 'yesterday', '2026-01-01T25:61:00Z', 'tomorrow at ten', '1e308', ''];
const BAD_UUIDS = ['not-a-uuid', '123', '00000000-0000-0000-0000-00000000000z', "' OR '1'='1", 'a'.repeat(36), ''];

const nul = fc.string({ maxLength: 8 }).map((text) => `${text}\u0000${text}`);
const nasty = fc.constantFrom<unknown>(...NASTY_TEXT);
/** Nested containers: never a valid scalar; as deep as the API lets through (see `deep` for deeper). */
const nested = fc.oneof(
  fc.constant<unknown>(JSON.parse('['.repeat(25) + ']'.repeat(25))),
  fc.constant<unknown>(JSON.parse('{"a":'.repeat(25) + '1' + '}'.repeat(25))),
  fc.dictionary(fc.string({ maxLength: 6 }), nasty, { maxKeys: 3 }),
  fc.array(nasty, { maxLength: 3 }),
);

/** What the property really is: from its schema, or (for the `object` the document shows for `T | null`) its base. */
function kindOf(schema: Schema, base: unknown): string {
  if (schema.type && schema.type !== 'object') {
    return schema.type;
  }
  if (schema.properties) {
    return 'object';
  }
  if (base === undefined || base === null) {
    return schema.format === 'date' || schema.format === 'date-time' || schema.format === 'uuid' ? 'string' : 'unknown';
  }
  return Array.isArray(base) ? 'array' : typeof base;
}

/** Values that are invalid for `schema` by the document alone. */
function junkFor(api: OpenApi, raw: Schema, base: unknown, required: boolean, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(api, raw);
  const kind = kindOf(schema, base);
  const options: fc.Arbitrary<unknown>[] = [];
  if (required) {
    options.push(fc.constant(null));
  }
  switch (kind) {
    case 'string': {
      options.push(
        fc.integer(),
        fc.double({ noNaN: true }),
        fc.boolean(),
        nested,
        nul,
        fc.constantFrom(HUGE, HUGE_EMOJI),
      );
      if (schema.enum) {
        const allowed = schema.enum;
        options.push(nasty.filter((value) => !allowed.includes(value)));
      }
      if (schema.format === 'date') {
        options.push(fc.constantFrom(...BAD_DATES));
      }
      if (schema.format === 'date-time') {
        options.push(fc.constantFrom(...BAD_DATE_TIMES));
      }
      if (schema.format === 'uuid') {
        options.push(fc.constantFrom(...BAD_UUIDS));
      }
      if (schema.maxLength !== undefined) {
        options.push(fc.constant('y'.repeat(schema.maxLength + 1)));
      }
      if (schema.minLength !== undefined && schema.minLength > 0) {
        options.push(fc.constant('z'.repeat(schema.minLength - 1)));
      }
      break;
    }
    case 'number':
    case 'integer': {
      options.push(
        fc.constantFrom('1', 'NaN', '1e308', '-1', ''),
        fc.boolean(),
        nested,
        fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2),
      );
      if (schema.enum) {
        const allowed = schema.enum;
        options.push(fc.constantFrom(0, -1, 2.5, 99).filter((value) => !allowed.includes(value)));
      }
      if (schema.minimum !== undefined) {
        options.push(fc.constantFrom(schema.minimum - 1, -1e9).filter((value) => value < (schema.minimum as number)));
      }
      if (schema.maximum !== undefined) {
        options.push(fc.constant(schema.maximum + 1));
      }
      break;
    }
    case 'boolean':
      options.push(fc.constantFrom<unknown>('true', 'false', 1, 0, 'yes', ''), nested);
      break;
    case 'array': {
      options.push(fc.constantFrom<unknown>('a,b', 42, true), fc.dictionary(fc.string({ maxLength: 4 }), nasty));
      if (schema.items && depth < 3) {
        const item = junkFor(api, schema.items, Array.isArray(base) ? base[0] : undefined, true, depth + 1);
        options.push(
          fc.array(item, { minLength: 1, maxLength: 3 }),
          // Long arrays of small junk (10 000 items of 100 000 characters would not fit in a request).
          item
            .filter((value) => (JSON.stringify(value) ?? '').length < 50)
            .map((value) => Array.from({ length: 10_000 }, () => value)),
        );
      }
      break;
    }
    case 'object': {
      options.push(fc.constantFrom<unknown>('object', 42, true, []));
      const properties = Object.entries(schema.properties ?? {});
      if (properties.length && depth < 3) {
        const baseObject = (base ?? {}) as Record<string, unknown>;
        options.push(
          fc.constantFrom(...properties).chain(([name, property]) =>
            junkFor(api, property, baseObject[name], true, depth + 1).map((value) => ({
              ...baseObject,
              [name]: value,
            })),
          ),
        );
      }
      break;
    }
    default:
      // Unknown: a container is invalid for any scalar, and this API has no free-form objects.
      options.push(nested, fc.constantFrom<unknown>([HUGE], [[[]]]));
  }
  return fc.oneof(...options);
}

function resolve(api: OpenApi, schema: Schema): Schema {
  return schema.$ref ? api.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
}

interface JunkBody {
  text: string;
  type: string;
}

/** A junk body for `schema`, from the valid `base`. */
function junkBody(api: OpenApi, schema: Schema, base: Record<string, unknown>): fc.Arbitrary<JunkBody> {
  const properties = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const fieldJunk = fc
    .uniqueArray(fc.constantFrom(...properties), {
      minLength: 1,
      maxLength: Math.min(3, properties.length),
      selector: ([name]) => name,
    })
    .chain((picked) =>
      fc.tuple(
        ...picked.map(([name, property]) =>
          junkFor(api, property, base[name], required.has(name)).map((value) => [name, value] as const),
        ),
      ),
    )
    .chain((junk) =>
      // Merely nasty text in the string fields the junk left alone.
      fc
        .subarray(
          properties.filter(
            ([name, property]) => resolve(api, property).type === 'string' && !junk.some(([j]) => j === name),
          ),
        )
        .chain((others) => fc.tuple(...others.map(([name]) => nasty.map((value) => [name, value] as const))))
        .map((rides) => JSON.stringify({ ...base, ...Object.fromEntries(rides), ...Object.fromEntries(junk) })),
    );
  const unknownProperty = fc
    .constantFrom('isAdmin', 'role', 'id', 'userId', 'createdAt', 'status', '$where', 'zzz')
    .filter((name) => !(name in (schema.properties ?? {})))
    .chain((name) => fc.oneof(nasty, fc.boolean(), nested).map((value) => JSON.stringify({ ...base, [name]: value })));
  const poisoned = fc.constantFrom(
    JSON.stringify(base).replace(/^\{/, '{"__proto__":{"isAdmin":true},'),
    JSON.stringify(base).replace(/^\{/, '{"constructor":{"prototype":{"isAdmin":true}},'),
  );
  // 50 000 levels of nesting in one field: built as text (JSON.stringify itself would overflow on it).
  const deep = fc
    .constantFrom(...properties.map(([name]) => name))
    .map((name) =>
      JSON.stringify({ ...base, [name]: 'DEEP' }).replace('"DEEP"', '['.repeat(50_000) + ']'.repeat(50_000)),
    );
  const notAnObject = fc.constantFrom(
    ...[
      '[]',
      JSON.stringify([base]),
      '"text"',
      '42',
      'true',
      '{"title":',
      '{"a":1}}',
      ...(required.size ? ['null', '{}'] : []),
    ],
  );
  const json = (text: string): JunkBody => ({ text, type: 'application/json' });
  // The valid body under a type the API does not take, or as a form with the same fields.
  const wrongType = fc.constantFrom<JunkBody>(
    { text: JSON.stringify(base), type: 'text/plain' },
    { text: '<body><isAdmin>true</isAdmin></body>', type: 'application/xml' },
    {
      text: `isAdmin=true&${new URLSearchParams(stringFields(base)).toString()}`,
      type: 'application/x-www-form-urlencoded',
    },
  );
  return fc.oneof(
    { arbitrary: fieldJunk.map(json), weight: 6 },
    { arbitrary: unknownProperty.map(json), weight: 1 },
    { arbitrary: poisoned.map(json), weight: 1 },
    { arbitrary: notAnObject.map(json), weight: 1 },
    { arbitrary: deep.map(json), weight: 1 },
    { arbitrary: wrongType, weight: 1 },
  );
}

/** The string fields of a body, as form fields. */
function stringFields(body: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

interface QueryCase {
  pairs: [string, string][];
  /** Whether a value is invalid by the document alone: then the answer must be a 4xx. */
  invalid: boolean;
}

/** A junk query: invalid values where the document bounds the parameter, nasty text elsewhere, unknown names. */
function junkQuery(parameters: Parameter[]): fc.Arbitrary<QueryCase> {
  const valueFor = (parameter: Parameter): fc.Arbitrary<{ pairs: [string, string][]; invalid: boolean }> => {
    const schema = parameter.schema;
    const one = (value: string, invalid: boolean) => ({
      pairs: [[parameter.name, value]] as [string, string][],
      invalid,
    });
    const items = schema.type === 'array' ? (schema.items ?? {}) : schema;
    const options: fc.Arbitrary<{ pairs: [string, string][]; invalid: boolean }>[] = [
      fc.constantFrom(...NASTY_TEXT, 'x'.repeat(2_000)).map((value) => one(value, false)),
      nul.map((value) => one(value, false)),
    ];
    if (items.enum) {
      const allowed = items.enum;
      options.push(nasty.filter((value) => !allowed.includes(value)).map((value) => one(String(value), true)));
    }
    if (items.type === 'number' || items.type === 'integer') {
      options.push(
        fc.constantFrom('abc', 'NaN', '1e308', '1.5', '-1e308', '0x10', '').map((value) => one(value, true)),
      );
      if (items.minimum !== undefined) {
        options.push(fc.constant(one(String(items.minimum - 1), true)));
      }
      if (items.maximum !== undefined) {
        options.push(fc.constant(one(String(items.maximum + 1), true)));
      }
    }
    if (items.format === 'uuid') {
      options.push(fc.constantFrom(...BAD_UUIDS.filter(Boolean)).map((value) => one(value, true)));
    }
    if (schema.type !== 'array') {
      // A repeated name makes an array where one value is expected.
      options.push(
        fc.constant({
          pairs: [
            [parameter.name, 'a'],
            [parameter.name, 'b'],
          ] as [string, string][],
          invalid: true,
        }),
      );
    }
    return fc.oneof(...options);
  };
  const picked = parameters.length
    ? fc
        .subarray(parameters, { minLength: 1 })
        .chain((chosen) => fc.tuple(...chosen.map(valueFor)))
        .map((values) => ({
          pairs: values.flatMap((value) => value.pairs),
          invalid: values.some((value) => value.invalid),
        }))
    : fc.constant<QueryCase>({ pairs: [], invalid: false });
  // An unknown name is refused, except __proto__, which the query parser drops (harmlessly) before validation.
  return fc
    .tuple(picked, fc.option(fc.constantFrom('zzz', 'isAdmin', '__proto__', 'limit[$gt]'), { nil: undefined }))
    .map(([query, extra]) =>
      extra && !parameters.some((parameter) => parameter.name === extra)
        ? { pairs: [...query.pairs, [extra, '1'] as [string, string]], invalid: query.invalid || extra !== '__proto__' }
        : query,
    );
}

/** The API's one error shape. */
function errorShapeProblem(response: request.Response): string | null {
  const body = response.body as Record<string, unknown> | undefined;
  const details = body?.['details'];
  const ok =
    body?.['statusCode'] === response.status &&
    typeof body['error'] === 'string' &&
    typeof body['message'] === 'string' &&
    typeof body['requestId'] === 'string' &&
    (details === undefined ||
      (Array.isArray(details) &&
        details.every(
          (detail: { field?: unknown; code?: unknown; message?: unknown }) =>
            typeof detail.field === 'string' && typeof detail.code === 'string' && typeof detail.message === 'string',
        )));
  return ok ? null : `not the error shape: ${response.text?.slice(0, 200)}`;
}

/**
 * A fingerprint of every row of every table: per table, its row count and the md5 of its rows as text, in order.
 * PostgreSQL's statistics (n_tup_ins and friends) are sent asynchronously and lag behind; the rows themselves do
 * not. The world is small (the taxonomy is the bulk), so hashing it whole takes a few tens of milliseconds.
 */
async function fingerprint(t: TestApp): Promise<Map<string, string>> {
  const tables = (await t.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
     ORDER BY table_name`,
  )) as { name: string }[];
  const rows = (await t.dataSource.query(
    tables
      .map(
        ({ name }) =>
          `SELECT '${name}' AS name, count(*) || ':' || md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS hash FROM "${name}" x`,
      )
      .join(' UNION ALL '),
  )) as { name: string; hash: string }[];
  return new Map(rows.map((row) => [row.name, row.hash]));
}

function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((name) => before.get(name) !== after.get(name));
}

function hasUrlForm(value: string): boolean {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

function seedOf(key: string): number {
  let hash = SEED;
  for (const char of key) {
    hash = (hash * 31 + char.charCodeAt(0)) | 0;
  }
  return hash;
}

describe('fuzzing every request DTO and query of the OpenAPI document', () => {
  let t: TestApp;
  let w: SecurityWorld;
  let api: OpenApi;

  beforeAll(async () => {
    // Junk must be refused before any rate limiter counts it; should some slip through, a 429 must not hide it.
    t = await startTestApp({
      REGISTRATIONS_PER_ADDRESS: '100000',
      LOGIN_FAILURES_PER_ADDRESS: '100000',
      LOGIN_FAILURES_PER_ACCOUNT: '100000',
    });
    api = (await t.http.get('/api/docs/openapi.json').expect(200)).body as OpenApi;
    w = await buildSecurityWorld(t);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  /** Who sends, and the path parameters: the owner from the access matrix, or nobody for a public operation. */
  function caller(key: string): { actor: Actor | null; params: Record<string, string>; base: unknown } {
    const row = ACCESS_MATRIX[key];
    if (row) {
      const actor: Actor = row.owner === 'self' ? 'candidate' : row.owner;
      return { actor, params: row.params?.(w) ?? {}, base: row.body?.(w, actor) };
    }
    const open = publicCases(w)[key];
    return { actor: null, params: open?.params ?? {}, base: open?.body };
  }

  function send(key: string, actor: Actor | null, params: Record<string, string>): request.Test {
    const http = requestFor(t, key, params);
    return actor ? http.set('Authorization', bearer(w.sessions[actor])) : http;
  }

  it('should refuse junk bodies and junk queries with a 4xx in the error shape, and write nothing', async () => {
    const failures: string[] = [];
    for (const [path, methods] of Object.entries(api.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const key = `${method.toUpperCase()} ${path}`;
        const schema = operation.requestBody?.content['application/json']?.schema;
        const query = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
        if (!schema && !query.length) {
          continue;
        }
        const { actor, params, base } = caller(key);
        if (schema && (base === undefined || typeof base !== 'object')) {
          failures.push(`${key}: no valid body to start from (add one to the access matrix or publicCases)`);
          continue;
        }
        const before = await fingerprint(t);
        /** The answers other than a plain 400, to tell which request wrote. */
        const unusual: string[] = [];
        const note = (response: request.Response, sent: string): void => {
          if (response.status !== 400) {
            unusual.push(`${response.status} for ${sent.slice(0, 200)}`);
          }
        };
        try {
          if (schema) {
            await fc.assert(
              fc.asyncProperty(junkBody(api, resolve(api, schema), base as Record<string, unknown>), async (junk) => {
                const response = await send(key, actor, params).set('Content-Type', junk.type).send(junk.text);
                const body = `(${junk.type}) ${junk.text}`;
                note(response, body);
                const problem =
                  response.status < 400 || response.status >= 500 || [401, 403].includes(response.status)
                    ? `answered ${response.status}: ${response.text?.slice(0, 300)}`
                    : errorShapeProblem(response);
                if (problem) {
                  throw new Error(`${key} with ${body.slice(0, 300)}: ${problem}`);
                }
              }),
              { seed: seedOf(key), numRuns: RUNS, endOnFailure: true },
            );
          }
          if (query.length) {
            const valid = Object.fromEntries(
              query
                .filter((parameter) => parameter.required)
                .map((parameter) => [parameter.name, String(parameter.schema.enum?.[0] ?? '1')]),
            );
            await fc.assert(
              fc.asyncProperty(junkQuery(query), async ({ pairs, invalid }) => {
                const search = new URLSearchParams(Object.entries(valid));
                for (const [name] of pairs) {
                  search.delete(name);
                }
                for (const [name, value] of pairs) {
                  search.append(name, value);
                }
                const http = send(key, actor, params).query(search.toString());
                const response = await (schema ? http.send(base as object) : http);
                note(response, search.toString());
                const problem =
                  response.status >= 500 || [401, 403].includes(response.status) || (invalid && response.status < 400)
                    ? `answered ${response.status}: ${response.text?.slice(0, 300)}`
                    : response.status >= 400
                      ? errorShapeProblem(response)
                      : null;
                if (problem) {
                  throw new Error(`${key}?${search.toString().slice(0, 300)}: ${problem}`);
                }
              }),
              { seed: seedOf(key), numRuns: RUNS, endOnFailure: true },
            );
          }
        } catch (error) {
          // fast-check reports the counterexample; the property's own error (what the API answered) is its cause.
          const failure = error as Error & { cause?: Error };
          failures.push(failure.cause?.message ?? `${key}: ${failure.message.split('\n').slice(0, 4).join(' | ')}`);
        }
        const written = changedTables(before, await fingerprint(t));
        if (written.length) {
          failures.push(`${key}: junk changed the tables ${written.join(', ')}; answers: ${unusual.join(' / ')}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('should refuse junk path parameters with a 400, 404 or 414 in the error shape, and write nothing', async () => {
    const failures: string[] = [];
    const junk = fc
      .oneof(fc.constantFrom(...BAD_UUIDS, ...BAD_DATES, ...NASTY_TEXT, 'y'.repeat(2_000)), nul)
      // Not empty (that is another route), and with a URL form (a lone surrogate has none).
      .filter((value) => value.trim() !== '' && hasUrlForm(value));
    for (const [path, methods] of Object.entries(api.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const key = `${method.toUpperCase()} ${path}`;
        const names = (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        if (!names.length) {
          continue;
        }
        const { actor, params, base } = caller(key);
        const raw = ACCESS_MATRIX[key]?.raw;
        const before = await fingerprint(t);
        try {
          await fc.assert(
            fc.asyncProperty(fc.constantFrom(...names), junk, async (name, value) => {
              const http = send(key, actor, {
                ...Object.fromEntries(names.map((n) => [n, 'x'])),
                ...params,
                [name]: value,
              });
              const response = await (raw
                ? http.set('Content-Type', raw.contentType).send(raw.data)
                : base === undefined
                  ? http
                  : http.send(base as object));
              const problem = ![400, 404, 414].includes(response.status)
                ? `answered ${response.status}: ${response.text?.slice(0, 300)}`
                : errorShapeProblem(response);
              if (problem) {
                throw new Error(`${key} with ${name}=${JSON.stringify(value).slice(0, 100)}: ${problem}`);
              }
            }),
            { seed: seedOf(key), numRuns: 10, endOnFailure: true },
          );
        } catch (error) {
          const failure = error as Error & { cause?: Error };
          failures.push(failure.cause?.message ?? `${key}: ${failure.message.split('\n').slice(0, 4).join(' | ')}`);
        }
        const written = changedTables(before, await fingerprint(t));
        if (written.length) {
          failures.push(`${key}: a junk path parameter changed the tables ${written.join(', ')}`);
        }
      }
    }
    // A malformed %-escape is refused by the router itself, before any route.
    const malformed = await t.http.get('/api/placements/%E0%A4%A').set('Authorization', bearer(w.sessions.student));
    const problem = malformed.status === 400 ? errorShapeProblem(malformed) : `answered ${malformed.status}`;
    if (problem) {
      failures.push(`GET /api/placements/%E0%A4%A: ${problem}`);
    }
    expect(failures).toEqual([]);
  });
});
