/** Pure helpers for vacancy search text: tokens, typo candidates and the tsquery string. */

const MAX_TOKENS = 8;

/** Lower-case words of letters and digits (accents kept: the database removes them). */
export function tokenize(text: string): string[] {
  const tokens = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length >= 2);
  return [...new Set(tokens)].slice(0, MAX_TOKENS);
}

/** Removes accents the way PostgreSQL's unaccent does for Dutch text (é → e, ë → e). */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/**
 * Builds the text for `to_tsquery('dutch', ...)`: every word must match (AND); a word matches as typed (as a
 * prefix, so that typing "mecha" finds "mechatronica") or as one of its spelling corrections.
 * Tokens contain only letters and digits, so nothing in them can break the tsquery syntax.
 */
export function buildTsQuery(tokens: string[], corrections: ReadonlyMap<string, string[]> = new Map()): string | null {
  const parts = tokens
    .filter((token) => /^[\p{L}\p{N}]+$/u.test(token))
    .map((token) => {
      const alternatives = [
        `${token}:*`,
        ...(corrections.get(token) ?? []).filter((word) => /^[\p{L}\p{N}]+$/u.test(word)),
      ];
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' | ')})`;
    });
  return parts.length ? parts.join(' & ') : null;
}

/** A plain-text excerpt: the first sentences of the description, whitespace folded, cut at a word. */
export function excerpt(description: string, maxLength = 220): string {
  const text = description.replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) {
    return text;
  }
  const cut = text.slice(0, maxLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength - 30)).trimEnd()}…`;
}
