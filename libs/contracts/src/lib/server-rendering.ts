/**
 * The API renders public pages with the web app's server bundle in a worker thread of its own process
 * (apps/api/src/web/page-renderer.ts ⇄ apps/web/src/server.ts). These are the messages between the two.
 */

/** Set in the worker's `workerData`, so the bundle knows it was started as the API's renderer. */
export interface RendererWorkerData {
  techzoneRenderer: true;
  /** Host names pages are rendered for (PUBLIC_URL's); Angular refuses others. */
  allowedHosts: string[];
}

/** A page to render: the public URL and the few request headers the renderer may see (the language cookie). */
export interface RenderRequest {
  type: 'render';
  id: number;
  url: string;
  headers: Record<string, string>;
}

/** The page's own GET requests (API reads, translation files), answered by the API without a socket. */
export interface InProcessRequest {
  type: 'get';
  id: number;
  path: string;
  headers: Record<string, string>;
}

export interface InProcessResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface InProcessAnswer {
  type: 'answer';
  id: number;
  response: InProcessResponse;
}

/** The rendered page; `status` 0 when the app has no page for the URL. */
export interface RenderResult {
  type: 'rendered';
  id: number;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RenderFailure {
  type: 'failed';
  id: number;
  message: string;
}

export type ToRenderer = RenderRequest | InProcessAnswer;
export type FromRenderer = InProcessRequest | RenderResult | RenderFailure;

/** The cookie that keeps a visitor's language choice, so that a server-rendered page comes in that language. */
export const LANGUAGE_COOKIE = 'tz_lang';
