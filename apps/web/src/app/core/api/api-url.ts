import { API_PREFIX } from '@techzone/contracts';

/** The same-origin URL of an API route from `API_ROUTES`, e.g. `apiUrl(API_ROUTES.auth.me)` → `/api/auth/me`. */
export function apiUrl(route: string): string {
  return `/${API_PREFIX}/${route}`;
}

export function isApiUrl(url: string): boolean {
  return url.startsWith(`/${API_PREFIX}/`);
}
