import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import type request from 'supertest';
import { IS_PUBLIC } from '../auth/decorators';
import {
  ACCESS_MATRIX,
  Expected,
  LAST_OPERATIONS,
  MatrixRow,
  PUBLIC_OPERATIONS,
  sendAs,
} from '../testing/access-matrix';
import {
  Actor,
  buildSecurityWorld,
  inPool,
  MARKERS,
  openApiOperations,
  OUTSIDERS,
  SecurityWorld,
} from '../testing/security-world';
import { startTestApp, TestApp } from '../testing/test-app';

const textOf = (response: request.Response): string =>
  Buffer.isBuffer(response.body) ? response.body.toString('latin1') : (response.text ?? JSON.stringify(response.body));

const statusMatches = (expected: Expected, status: number): boolean =>
  expected === 'allowed' ? status >= 200 && status < 300 : status === expected;

/** The metadata key of `@ApiExcludeController()` (@nestjs/swagger's DECORATORS, not exported by the package). */
const API_EXCLUDE_CONTROLLER = 'swagger/apiExcludeController';

describe('isolation matrix: every protected operation of the OpenAPI document, as every kind of outsider', () => {
  let t: TestApp;
  let w: SecurityWorld;
  let operations: string[];
  /** What the owners' own reads showed: every marker must be among it, or the leak check proves nothing. */
  const ownersSaw: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    operations = await openApiOperations(t);
    w = await buildSecurityWorld(t);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  /** Sends and checks one request; returns a line describing what went wrong, or nothing. */
  async function check(key: string, row: MatrixRow, actor: Actor | null, expected: Expected): Promise<string[]> {
    const response = await sendAs(t, w, key, row, actor);
    const problems: string[] = [];
    const who = actor ?? 'anonymous';
    if (actor === row.owner) {
      ownersSaw.push(textOf(response));
    }
    if (!statusMatches(expected, response.status)) {
      problems.push(`${key} as ${who}: expected ${expected}, got ${response.status} ${textOf(response).slice(0, 300)}`);
    }
    if (response.status >= 400 && typeof response.body?.message !== 'string') {
      problems.push(`${key} as ${who}: ${response.status} without the error shape`);
    }
    // Insiders legitimately see their organisation's data; everyone else sees none of the owners'.
    const insiderAllowed =
      actor !== null && !(OUTSIDERS as readonly string[]).includes(actor) && expected === 'allowed';
    if (!insiderAllowed) {
      const text = textOf(response);
      const leaked = w.privateMarkers.filter((marker) => text.includes(marker));
      if (leaked.length) {
        problems.push(`${key} as ${who}: the answer holds the owners' private data ${JSON.stringify(leaked)}`);
      }
    }
    return problems;
  }

  it('should have a row for every protected operation of the document, and none for an operation that is gone', () => {
    const documented = new Set(operations);
    const missing = operations.filter((key) => !PUBLIC_OPERATIONS.has(key) && !ACCESS_MATRIX[key]);
    const gone = [...Object.keys(ACCESS_MATRIX), ...PUBLIC_OPERATIONS].filter((key) => !documented.has(key));
    const both = Object.keys(ACCESS_MATRIX).filter((key) => PUBLIC_OPERATIONS.has(key));
    expect({ missing, gone, both }).toEqual({ missing: [], gone: [], both: [] });
    expect(Object.keys(ACCESS_MATRIX).length + PUBLIC_OPERATIONS.size).toBe(operations.length);
  });

  it('should list as public exactly the routes marked @Public() in the controllers', () => {
    const reflector = new Reflector();
    const routes: { key: string; open: boolean }[] = [];
    /** Controllers left out of the API document: the files for search engines at the site's root. */
    const rootRoutes: { key: string; open: boolean }[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
        if (!controller) {
          continue;
        }
        const outsideApi = Reflect.getMetadata(API_EXCLUDE_CONTROLLER, controller) !== undefined;
        const base = [Reflect.getMetadata(PATH_METADATA, controller) as string | string[]].flat()[0] ?? '';
        for (const name of Object.getOwnPropertyNames(controller.prototype)) {
          const handler = (controller.prototype as Record<string, unknown>)[name];
          if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) {
            continue;
          }
          const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
          const own = [Reflect.getMetadata(PATH_METADATA, handler) as string | string[]].flat()[0] ?? '';
          const path = `${outsideApi ? '' : '/api'}/${base}/${own}`
            .replace(/\/+/g, '/')
            .replace(/\/$/, '')
            .replace(/:(\w+)/g, '{$1}');
          const open = reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [handler, controller]) === true;
          (outsideApi ? rootRoutes : routes).push({ key: `${method} ${path}`, open });
        }
      }
    }
    expect(rootRoutes).toEqual([
      { key: 'GET /robots.txt', open: true },
      { key: 'GET /sitemap.xml', open: true },
    ]);
    expect(routes.map((route) => route.key).sort()).toEqual([...operations].sort());
    expect(
      routes
        .filter((route) => route.open)
        .map((route) => route.key)
        .sort(),
    ).toEqual([...PUBLIC_OPERATIONS].sort());
  });

  it('should answer anonymous visitors 401, in the error shape, on every protected operation', async () => {
    const problems: string[] = [];
    await inPool(Object.entries(ACCESS_MATRIX), 6, async ([key, row]) => {
      problems.push(...(await check(key, row, null, 401)));
    });
    expect(problems).toEqual([]);
  });

  it('should answer every actor as the matrix says, and never with the owners private data', async () => {
    const problems: string[] = [];
    const cases = (key: string, row: MatrixRow): [Actor, Expected][] => [
      ...OUTSIDERS.map((actor): [Actor, Expected] => [actor, row[actor]]),
      ...(row.wrongRole === 'n/a' ? [] : [[row.wrongRole[0], row.wrongRole[1]] as [Actor, Expected]]),
      // The owner's own GET shows that the ids in the path are real: a 404 to the others then means something.
      ...(key.startsWith('GET ') && row.owner !== 'self' ? [[row.owner, 'allowed'] as [Actor, Expected]] : []),
    ];
    const rows = Object.entries(ACCESS_MATRIX);
    // Reads in parallel; writes one at a time in the table's order (an allowed write changes what comes after it),
    // and the account erasure last.
    const reads = rows.filter(([key]) => key.startsWith('GET '));
    const writes = rows.filter(([key]) => !key.startsWith('GET ') && !LAST_OPERATIONS.has(key));
    const last = rows.filter(([key]) => LAST_OPERATIONS.has(key));
    await inPool(reads, 4, async ([key, row]) => {
      for (const [actor, expected] of cases(key, row)) {
        problems.push(...(await check(key, row, actor, expected)));
      }
    });
    for (const [key, row] of [...writes, ...last]) {
      for (const [actor, expected] of cases(key, row)) {
        problems.push(...(await check(key, row, actor, expected)));
      }
    }
    expect(problems).toEqual([]);
    const unseen = Object.values(MARKERS).filter((marker) => !ownersSaw.some((text) => text.includes(marker)));
    expect(unseen).toEqual([]);
  });
});
