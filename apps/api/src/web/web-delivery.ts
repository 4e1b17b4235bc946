import fastifyCompress from '@fastify/compress';
import fastifyStatic, { type SetHeadersResponse } from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { constants } from 'node:zlib';

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

/**
 * The built web app at `/`: hashed files cached for a year, the rest revalidated; `.br`/`.gz` siblings written by
 * the build are sent to clients that accept them. Returns a sender for the app's page (index.html), or null when
 * `webRoot` holds no build (tests of the API alone).
 */
export async function registerWebFiles(
  app: NestFastifyApplication,
  webRoot: string,
): Promise<((reply: FastifyReply) => Promise<void>) | null> {
  const root = resolve(webRoot);
  if (!existsSync(resolve(root, 'index.html'))) {
    return null;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    preCompressed: true,
    // Our own cache-control below (the plugin's default would be `public, max-age=0` for everything).
    cacheControl: false,
    setHeaders: (response: SetHeadersResponse, path: string) => {
      response.setHeader('cache-control', HASHED_FILE.test(path) ? IMMUTABLE : REVALIDATE);
      // The same URL answers in brotli, gzip or plain: caches must keep them apart.
      response.setHeader('vary', 'accept-encoding');
    },
  });
  return async (reply: FastifyReply) => {
    await reply.header('cache-control', REVALIDATE).type('text/html; charset=utf-8').sendFile('index.html');
  };
}
