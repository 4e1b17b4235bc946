import type { MeResponse } from '@techzone/contracts';

/** The authenticated person behind a request, loaded fresh from the database on every request. */
export type AuthUser = MeResponse;
