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
  companies: 'companies',
  schools: 'schools',
  invitations: 'invitations',
  vacancies: 'vacancies',
  applications: 'applications',
  notifications: 'notifications',
  rounds: 'rounds',
  placements: 'placements',
  guardian: 'guardian',
  events: 'events',
  insights: 'insights/region',
  me: {
    applications: 'me/applications',
    recommendations: 'me/recommendations',
    profile: 'me/profile',
    savedVacancies: 'me/saved-vacancies',
    rounds: 'me/rounds',
    placements: 'me/placements',
    guidedPlacements: 'me/guided-placements',
    reports: 'me/reports',
    events: 'me/events',
    accessLog: 'me/access-log',
  },
  taxonomy: {
    skills: 'taxonomy/skills',
    qualifications: 'taxonomy/qualifications',
    sectors: 'taxonomy/sectors',
    places: 'taxonomy/places',
  },
  admin: {
    organizations: 'admin/organizations',
    reports: 'admin/reports',
    insights: 'admin/insights',
    taxonomy: 'admin/taxonomy',
    events: 'admin/events',
  },
} as const;

/** The httpOnly cookie that carries the refresh token; scoped to the auth routes. */
export const REFRESH_COOKIE = 'tz_refresh';

/**
 * A cookie readable by the web app, set and cleared with the refresh cookie: it holds no secret, only tells the app
 * whether a session may exist, so that an anonymous visitor's first page does not wait for a refresh that must fail.
 */
export const SESSION_HINT_COOKIE = 'tz_session';
