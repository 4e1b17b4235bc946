/** API paths shared by the web app and the API (without the /api prefix). */
export const API_PREFIX = 'api';

export const API_ROUTES = {
  health: 'health',
  auth: {
    base: 'auth',
    register: 'auth/register',
    login: 'auth/login',
    refresh: 'auth/refresh',
    logout: 'auth/logout',
    me: 'auth/me',
  },
  organizations: 'organizations',
  admin: {
    organizations: 'admin/organizations',
  },
} as const;

/** The httpOnly cookie that carries the refresh token; scoped to the auth routes. */
export const REFRESH_COOKIE = 'tz_refresh';
