import { ORGANIZATION_LIMITS } from '@techzone/contracts';

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** Why a chosen file cannot be a logo (a translation key), or null when it can. */
export function logoProblem(file: Pick<File, 'type' | 'size'>): string | null {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) {
    return 'organization.logo.wrongType';
  }
  if (file.size > ORGANIZATION_LIMITS.logoMaxBytes) {
    return 'organization.logo.tooLarge';
  }
  return null;
}
