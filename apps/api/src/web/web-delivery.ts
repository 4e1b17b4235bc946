import fastifyCompress from '@fastify/compress';
import fastifyStatic, { type SetHeadersResponse } from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { constants } from 'node:zlib';
import { PageRenderer, pageRequest, RenderedPage } from './page-renderer';

/** Build files whose name carries a content hash (`chunk-AB12CD34.js`, `media/roboto-…-EF56GH78.woff2`). */
const HASHED_FILE = /-[A-Z0-9]{8}\.(js|mjs|css|woff2?|svg|png|jpe?g|webp)(\.br|\.gz)?$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, translations, favicon) is revalidated with its ETag on every use. */
export const REVALIDATE = 'no-cache';

/**
 * Compression for every text response: brotli or gzip, as the client accepts, above 1 KiB. Dynamic responses
 * (API JSON, rendered pages) use brotli quality 4, which costs about as much CPU as gzip at level 6 and still
 * gives smaller responses; build files are compressed once at build time at the highest quality
 * (tools/scripts/precompress.mjs) and served as they are. Must be registered before the routes.
 */
export async function registerCompression(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    // Nothing here takes compressed request bodies; refusing them keeps the 1 MiB body limit meaningful.
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
}

/** A built web app: its folder, and the page the browser renders itself (for pages not rendered on the server). */
export interface WebBuild {
  root: string;
  shell: string;
}

/**
 * The built web app's files at `/`: hashed files cached for a year, the rest revalidated; `.br`/`.gz` siblings
 * written by the build are sent to clients that accept them. Null when `webRoot` holds no build (tests of the API
 * alone).
 */
export async function registerWebFiles(app: NestFastifyApplication, webRoot: string): Promise<WebBuild | null> {
  const root = resolve(webRoot);
  // `index.csr.html` when the build also renders on the server (Angular's outputMode "server"), else `index.html`.
  const shell = ['index.csr.html', 'index.html'].find((name) => existsSync(resolve(root, name)));
  if (!shell) {
    return null;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    preCompressed: true,
    // Our own cache-control below (the plugin's default would be `public, max-age=0` for everything).
    cacheControl: false,
    setHeaders: (response: SetHeadersResponse, path: string) => {
      response.setHeader('cache-control', HASHED_FILE.test(path) ? IMMUTABLE : REVALIDATE);
      // The same URL answers in brotli, gzip or plain: caches must keep them apart.
      response.setHeader('vary', 'accept-encoding');
    },
  });
  return { root, shell };
}

/** Executable inline scripts of a page: not `src=` scripts, not JSON data (`ng-state`, JSON-LD). */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The CSP allows scripts from the platform only; a server-rendered page also carries Angular's small inline
 * scripts that record clicks and typing until the page is hydrated (event replay). They are allowed by their
 * SHA-256, per page (the list of recorded events differs between pages), so no other inline script runs.
 */
export function allowInlineScripts(policy: string, html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    ([, script]) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`,
  );
  if (hashes.length === 0) {
    return policy;
  }
  return policy.replace(
    /(^|;)\s*script-src ([^;]*)/,
    (_match, start: string, sources: string) => `${start}script-src ${sources} ${[...new Set(hashes)].join(' ')}`,
  );
}

/** A path that names a file (`/chunk-OLD.js`, `/favicon.png`): when no file answered it, it is a 404, not a page. */
const FILE_PATH = /\/[^/]*\.[A-Za-z0-9]{1,8}$/;

/**
 * Every other GET outside /api is a page of the web app. Public pages (see apps/web/src/app/app.routes.server.ts)
 * are rendered here by the web app's server bundle, in this process, so that they arrive complete in the first
 * response; the rest get the shell that the browser renders. Without a server bundle every page gets the shell.
 */
export function registerPages(app: NestFastifyApplication, build: WebBuild, origin: string): void {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  const renderer = PageRenderer.forBuild(build.root, origin, fastify);
  const logger = new Logger('Pages');

  fastify.get('/*', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    if (path === '/api' || path.startsWith('/api/') || FILE_PATH.test(path)) {
      // Nest's own 404 (the API's error shape).
      reply.callNotFound();
      return reply;
    }
    let page: RenderedPage | null = null;
    if (renderer) {
      const { url, headers } = pageRequest(request, origin);
      page = await renderer.render(url, headers).catch((error: unknown) => {
        // The page still works: the browser renders it from the shell.
        logger.error({ err: error, url }, 'A page could not be rendered on the server');
        return null;
      });
    }
    void reply.header('cache-control', REVALIDATE).header('vary', 'accept-encoding, cookie');
    if (!page) {
      return reply.type('text/html; charset=utf-8').sendFile(build.shell);
    }
    for (const [name, value] of Object.entries(page.headers)) {
      if (name !== 'content-length') {
        void reply.header(name, value);
      }
    }
    const policy = reply.getHeader('content-security-policy');
    if (typeof policy === 'string') {
      void reply.header('content-security-policy', allowInlineScripts(policy, page.body));
    }
    return reply.status(page.status).send(page.body);
  });
}
