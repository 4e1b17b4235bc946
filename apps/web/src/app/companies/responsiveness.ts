import { ResponsivenessResponse } from '@techzone/contracts';
import { TranslatableMessage } from '../core/api/translatable';

/**
 * How a company answers its applicants, as sentences: the usual response time (in hours, or days from two days on)
 * and the share that gets an answer. Nothing without applications.
 */
export function responsivenessTexts(response: ResponsivenessResponse | null | undefined): TranslatableMessage[] {
  if (!response || response.applications <= 0) {
    return [];
  }
  const texts: TranslatableMessage[] = [];
  const hours = response.medianResponseHours;
  if (hours !== null && Number.isFinite(hours)) {
    texts.push(
      hours >= 48
        ? { key: 'company.responsiveness.days', params: { days: Math.round(hours / 24) } }
        : { key: 'company.responsiveness.hours', params: { hours: Math.max(1, Math.ceil(hours)) } },
    );
  }
  if (response.responseRate !== null && Number.isFinite(response.responseRate)) {
    const rate = Math.round(Math.min(1, Math.max(0, response.responseRate)) * 100);
    texts.push({ key: 'company.responsiveness.rate', params: { rate } });
  }
  return texts;
}
