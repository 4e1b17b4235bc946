import { Logger } from '@nestjs/common';
import {
  LANGUAGE_COOKIE,
  type FromRenderer,
  type InProcessResponse,
  type RendererWorkerData,
  type ToRenderer,
} from '@techzone/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** A page rendered on the server. */
export interface RenderedPage {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Longer than any page takes (tens of milliseconds); after it the visitor gets the browser-rendered shell. */
const RENDER_TIMEOUT_MS = 10_000;

interface Pending {
  resolve(page: RenderedPage | null): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Renders public pages with the web app's server bundle (`<web build>/../server/server.mjs`, apps/web/src/server.ts)
 * in a worker thread of this process. A worker, not the API's own thread, because Angular's server DOM replaces
 * globals such as `Event` (which the database driver relies on) and because rendering is CPU work that would hold
 * up API requests. The worker asks for the data a page needs by message; they are answered here by Fastify's
 * `inject` (the full API, no socket). A worker that dies is started again with the next page.
 */
export class PageRenderer {
  private readonly logger = new Logger('PageRenderer');
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closed = false;

  private constructor(
    private readonly entry: URL,
    private readonly workerData: RendererWorkerData,
    private readonly fastify: FastifyInstance,
  ) {}

  /** Null when the web build has no server bundle (an API-only test, or a build without SSR). */
  static forBuild(webRoot: string, origin: string, fastify: FastifyInstance): PageRenderer | null {
    const entry = resolve(webRoot, '..', 'server', 'server.mjs');
    if (!existsSync(entry)) {
      return null;
    }
    const renderer = new PageRenderer(
      pathToFileURL(entry),
      { techzoneRenderer: true, allowedHosts: [new URL(origin).hostname] },
      fastify,
    );
    fastify.addHook('onClose', async () => renderer.close());
    return renderer;
  }

  /** The page at `url` (an absolute, public URL), or null when the web app has no server-rendered page for it. */
  render(url: string, headers: Record<string, string>): Promise<RenderedPage | null> {
    const worker = this.ensureWorker();
    const id = ++this.nextId;
    return new Promise<RenderedPage | null>((resolvePage, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`Rendering ${url} took longer than ${RENDER_TIMEOUT_MS} ms`));
      }, RENDER_TIMEOUT_MS);
      this.pending.set(id, { resolve: resolvePage, reject, timer });
      this.post(worker, { type: 'render', id, url, headers });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('The page renderer stopped'));
    await worker?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.closed) {
      throw new Error('The page renderer stopped');
    }
    if (this.worker) {
      return this.worker;
    }
    const worker = new Worker(this.entry, { workerData: this.workerData });
    worker.unref();
    worker.on('message', (message: FromRenderer) => this.onMessage(worker, message));
    worker.on('error', (error) => this.logger.error({ err: error }, 'The page renderer failed'));
    worker.on('exit', (code) => {
      if (this.worker === worker) {
        this.worker = null;
        this.failAll(new Error(`The page renderer stopped (exit code ${code})`));
      }
    });
    this.worker = worker;
    return worker;
  }

  private onMessage(worker: Worker, message: FromRenderer): void {
    if (message.type === 'get') {
      void this.answer(message.path, message.headers).then((response) =>
        this.post(worker, { type: 'answer', id: message.id, response }),
      );
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) {
      return;
    }
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.type === 'failed') {
      pending.reject(new Error(message.message));
    } else {
      pending.resolve(message.status === 0 ? null : message);
    }
  }

  private async answer(path: string, headers: Record<string, string>): Promise<InProcessResponse> {
    try {
      const response = await this.fastify.inject({ method: 'GET', url: path, headers });
      const answerHeaders: Record<string, string> = {};
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== undefined) {
          answerHeaders[name] = Array.isArray(value) ? value.join(', ') : String(value);
        }
      }
      return { status: response.statusCode, headers: answerHeaders, body: response.body };
    } catch (error) {
      this.logger.error({ err: error, path }, 'A server-rendered page could not read its data');
      return { status: 503, headers: {}, body: '' };
    }
  }

  private post(worker: Worker, message: ToRenderer): void {
    worker.postMessage(message);
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.pending.clear();
  }
}

/**
 * Of the visitor's request, the renderer sees the public address (PUBLIC_URL's origin, never the client's Host
 * header, so that canonical links cannot be bent) and the language cookie: no session cookie or token, so a
 * server-rendered page is the same for every visitor who reads it in that language.
 */
export function pageRequest(request: FastifyRequest, origin: string): { url: string; headers: Record<string, string> } {
  const headers: Record<string, string> = { accept: 'text/html' };
  const language = request.cookies?.[LANGUAGE_COOKIE];
  if (language && /^[a-z]{2}$/.test(language)) {
    headers['cookie'] = `${LANGUAGE_COOKIE}=${language}`;
  }
  return { url: new URL(request.url, origin).toString(), headers };
}
