/**
 * The filter keys of vacancy search: lexemes in `vacancies.search_keys` (built by the SQL function
 * tz_vacancy_search_keys, migration SearchKeys) that share one GIN index with the words, so that words, radius and
 * filters are one index scan. Pure functions, unit-tested.
 */

/** Grid cell sizes in degrees (latitude, longitude), finest first; the same as in tz_vacancy_search_keys. */
export const GRID_LEVELS = [
  { prefix: 'g1', lat: 0.1, lon: 0.15 },
  { prefix: 'g2', lat: 0.3, lon: 0.45 },
  { prefix: 'g3', lat: 1.0, lon: 1.5 },
] as const;

/**
 * A radius asks for at most this many cells at the finest size that needs no more (then the next size). GIN pays
 * for every cell of the OR: at 1,000,000 vacancies a 50 km radius as ~110 of the finest cells took 88 ms in the
 * index where ~20 cells of the next size took 37 ms, although they cover more ground and leave more rows for the
 * exact distance (docs/performance.md, "Session 5").
 */
export const MAX_CELLS = 40;

/** The sphere of PostgreSQL's earth() (earthdistance), so that distances equal earth_distance. */
export const EARTH_RADIUS_M = 6378168;

export interface KeyFilters {
  types: readonly string[];
  levels: readonly string[];
  crebos: readonly string[];
  municipalities: readonly string[];
  circle: { lat: number; lon: number; radiusKm: number } | null;
}

/** A lexeme as a quoted tsquery operand: quotes and backslashes escaped, so any value is taken literally. */
function operand(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The grid cells a circle touches: every cell that overlaps the circle's bounding box, at the finest size with at
 * most MAX_CELLS of them (the coarsest size otherwise). The box is computed on the sphere, widened a little at its
 * poleward edge, so no vacancy within the radius falls outside the cells.
 */
export function cellsAround(lat: number, lon: number, radiusKm: number): string[] {
  const dLat = (radiusKm * 1000) / EARTH_RADIUS_M / (Math.PI / 180);
  const poleward = Math.min(89, Math.abs(lat) + dLat);
  const dLon = dLat / Math.cos((poleward * Math.PI) / 180);
  for (const [index, level] of GRID_LEVELS.entries()) {
    const lat0 = Math.floor((lat - dLat) / level.lat);
    const lat1 = Math.floor((lat + dLat) / level.lat);
    const lon0 = Math.floor((lon - dLon) / level.lon);
    const lon1 = Math.floor((lon + dLon) / level.lon);
    const count = (lat1 - lat0 + 1) * (lon1 - lon0 + 1);
    if (count <= MAX_CELLS || index === GRID_LEVELS.length - 1) {
      const cells: string[] = [];
      for (let a = lat0; a <= lat1; a++) {
        for (let b = lon0; b <= lon1; b++) {
          cells.push(`${level.prefix}:${a}:${b}`);
        }
      }
      return cells;
    }
  }
  return [];
}

/** The cell of a point at one size, as tz_vacancy_search_keys computes it. */
export function cellOf(lat: number, lon: number, level: (typeof GRID_LEVELS)[number]): string {
  return `${level.prefix}:${Math.floor(lat / level.lat)}:${Math.floor(lon / level.lon)}`;
}

/** A tsquery over search_keys: within a group any lexeme (OR), across groups all (AND); null for no groups. */
function keysQuery(groups: readonly (readonly string[])[]): string | null {
  const parts = groups
    .filter((group) => group.length > 0)
    .map((group) => (group.length === 1 ? operand(group[0]) : `(${group.map(operand).join(' | ')})`));
  return parts.length ? parts.join(' & ') : null;
}

/**
 * The tsquery text over search_keys for the filters: within a filter any value (OR), across filters all (AND);
 * null when nothing is filtered.
 */
export function buildKeysQuery(filters: KeyFilters): string | null {
  return keysQuery([
    filters.types.map((type) => `ty:${type}`),
    filters.levels.map((level) => `lv:${level}`),
    filters.crebos.map((crebo) => `cr:${crebo}`),
    filters.municipalities.map((municipality) => `mu:${municipality}`),
    filters.circle ? cellsAround(filters.circle.lat, filters.circle.lon, filters.circle.radiusKm) : [],
  ]);
}
