/// <reference types="node" />
import { AngularAppEngine } from '@angular/ssr';
import type {
  FromRenderer,
  InProcessResponse,
  RendererWorkerData,
  RenderRequest,
  ToRenderer,
} from '@techzone/contracts';
import { parentPort, workerData } from 'node:worker_threads';
import type { ServerRenderContext } from './app/core/ssr/in-process-backend';

/**
 * The server renderer. The API starts this bundle in a worker thread (apps/api/src/web/page-renderer.ts): the
 * DOM that Angular renders with lives in the worker's globals, not the API's, and rendering does not hold up the
 * API's event loop. The page's own requests go back to the API as messages (see InProcessBackend).
 */
function serve(port: NonNullable<typeof parentPort>, data: RendererWorkerData): void {
  const engine = new AngularAppEngine({ allowedHosts: data.allowedHosts });
  const pending = new Map<number, (response: InProcessResponse) => void>();
  let nextId = 0;
  const send = (message: FromRenderer): void => port.postMessage(message);

  const context: ServerRenderContext = {
    get: (path, headers) =>
      new Promise((resolve) => {
        const id = ++nextId;
        pending.set(id, resolve);
        send({ type: 'get', id, path, headers });
      }),
  };

  const render = async ({ id, url, headers }: RenderRequest): Promise<void> => {
    try {
      const response = await engine.handle(new Request(url, { headers }), context);
      const answerHeaders: Record<string, string> = {};
      response?.headers.forEach((value, name) => (answerHeaders[name] = value));
      send({
        type: 'rendered',
        id,
        status: response?.status ?? 0,
        headers: answerHeaders,
        body: response ? await response.text() : '',
      });
    } catch (error) {
      send({ type: 'failed', id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  };

  port.on('message', (message: ToRenderer) => {
    if (message.type === 'render') {
      void render(message);
    } else {
      pending.get(message.id)?.(message.response);
      pending.delete(message.id);
    }
  });
}

const data = workerData as Partial<RendererWorkerData> | null;
if (parentPort && data?.techzoneRenderer) {
  serve(parentPort, data as RendererWorkerData);
}
