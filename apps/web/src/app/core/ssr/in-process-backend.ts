import {
  HttpBackend,
  HttpErrorResponse,
  HttpEvent,
  HttpHeaders,
  HttpRequest,
  HttpResponse,
} from '@angular/common/http';
import { inject, Injectable, REQUEST_CONTEXT } from '@angular/core';
import type { InProcessResponse } from '@techzone/contracts';
import { Observable } from 'rxjs';

/** Handed to Angular with each page rendered on the server (`REQUEST_CONTEXT`), see apps/web/src/server.ts. */
export interface ServerRenderContext {
  /** A GET to one of the platform's own URLs, answered by the API in the same process. */
  get(path: string, headers: Record<string, string>): Promise<InProcessResponse>;
}

/**
 * The server renderer's HTTP backend: the page's requests (already made absolute by Angular) are answered by the
 * API in the same process through the render context, with no socket and no cookies. Without a context (the
 * Angular dev server) they go out with `fetch`.
 */
@Injectable()
export class InProcessBackend implements HttpBackend {
  private readonly context = inject(REQUEST_CONTEXT, { optional: true }) as ServerRenderContext | null;

  handle(request: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    return new Observable((subscriber) => {
      const url = new URL(request.urlWithParams);
      const headers: Record<string, string> = { accept: request.headers.get('accept') ?? 'application/json' };
      const answer: Promise<InProcessResponse> = this.context
        ? this.context.get(`${url.pathname}${url.search}`, headers)
        : fetchOutside(url, headers);
      answer
        .then((response) => {
          const init = {
            url: request.urlWithParams,
            status: response.status,
            headers: new HttpHeaders(response.headers),
          };
          if (response.status >= 200 && response.status < 300) {
            subscriber.next(new HttpResponse({ ...init, body: parse(request, response.body) }));
            subscriber.complete();
          } else {
            subscriber.error(new HttpErrorResponse({ ...init, error: parseError(response.body) }));
          }
        })
        .catch((error: unknown) => subscriber.error(new HttpErrorResponse({ url: request.urlWithParams, error })));
    });
  }
}

function parse(request: HttpRequest<unknown>, body: string): unknown {
  if (request.responseType === 'text') {
    return body;
  }
  return body === '' ? null : JSON.parse(body);
}

function parseError(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

async function fetchOutside(url: URL, headers: Record<string, string>): Promise<InProcessResponse> {
  const response = await fetch(url, { headers });
  const answerHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => (answerHeaders[name] = value));
  return { status: response.status, headers: answerHeaders, body: await response.text() };
}
