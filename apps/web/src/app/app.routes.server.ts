import { RenderMode, ServerRoute } from '@angular/ssr';

/**
 * Public pages are rendered on the server for each request (they show without JavaScript and can be indexed);
 * every other page is rendered in the browser, so the server never renders a logged-in user's data.
 */
export const serverRoutes: ServerRoute[] = [
  { path: '', renderMode: RenderMode.Server },
  { path: 'vacatures', renderMode: RenderMode.Server },
  { path: 'vacatures/:id', renderMode: RenderMode.Server },
  { path: 'bedrijven/:id', renderMode: RenderMode.Server },
  { path: 'regio', renderMode: RenderMode.Server },
  { path: 'evenementen', renderMode: RenderMode.Server },
  { path: 'evenementen/mijn', renderMode: RenderMode.Client },
  { path: 'evenementen/beheer', renderMode: RenderMode.Client },
  { path: 'evenementen/nieuw', renderMode: RenderMode.Client },
  { path: 'evenementen/:id/bewerken', renderMode: RenderMode.Client },
  { path: 'evenementen/:id', renderMode: RenderMode.Server },
  { path: '**', renderMode: RenderMode.Client },
];
