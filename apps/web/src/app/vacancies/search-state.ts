import {
  EDUCATION_LEVELS,
  EducationLevel,
  VACANCY_LIMITS,
  VACANCY_SORTS,
  VACANCY_TYPES,
  VacancySort,
  VacancyType,
} from '@techzone/contracts';

/** Everything a search is: kept in the URL's query parameters so a search can be shared, bookmarked and reloaded. */
export interface SearchState {
  q: string;
  types: VacancyType[];
  levels: EducationLevel[];
  qualifications: string[];
  sectors: string[];
  municipalities: string[];
  skills: string[];
  placeId: number | null;
  radiusKm: number | null;
  sort: VacancySort;
  page: number;
  pageSize: number;
}

export const RADIUS_OPTIONS = [5, 10, 20, 30, 50] as const;
export const PAGE_SIZE_OPTIONS = [10, 20, 50] as const;
export const DEFAULT_PAGE_SIZE = 20;

export const DEFAULT_SEARCH_STATE: Readonly<SearchState> = {
  q: '',
  types: [],
  levels: [],
  qualifications: [],
  sectors: [],
  municipalities: [],
  skills: [],
  placeId: null,
  radiusKm: null,
  sort: 'relevance',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

/** Query parameters as the router gives them (a repeated parameter comes as an array). */
export type QueryParams = Readonly<Record<string, string | readonly string[] | null | undefined>>;

const Q_MAX = 200;
const LIST_MAX = 30;

function first(value: string | readonly string[] | null | undefined): string | undefined {
  if (Array.isArray(value)) {
    return value[0] as string | undefined;
  }
  return typeof value === 'string' ? value : undefined;
}

/** `a,b` (or a repeated parameter) → trimmed, distinct, non-empty values; only known ones when a list is given. */
function list<T extends string>(value: string | readonly string[] | null | undefined, allowed?: readonly T[]): T[] {
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const values = raw
    .flatMap((item: string) => item.split(','))
    .map((item) => item.trim())
    .filter((item) => item.length > 0 && item.length <= 100);
  const known = allowed ? values.filter((item): item is T => (allowed as readonly string[]).includes(item)) : values;
  return [...new Set(known)].slice(0, LIST_MAX) as T[];
}

function positiveInt(value: string | undefined, max: number): number | null {
  if (value === undefined || !/^\d+$/.test(value)) {
    return null;
  }
  const number = Number(value);
  return number >= 1 && number <= max ? number : null;
}

/** Applies the rules between fields: a radius and distance sorting need a place. */
export function normalizeSearchState(state: SearchState): SearchState {
  const hasPlace = state.placeId !== null;
  return {
    ...state,
    q: state.q.trim().slice(0, Q_MAX),
    radiusKm: hasPlace ? state.radiusKm : null,
    sort: state.sort === 'distance' && !hasPlace ? 'relevance' : state.sort,
    page: Math.max(1, Math.floor(state.page)),
  };
}

/** The URL's query parameters → a valid search (unknown or broken values are dropped, never an error). */
export function searchStateFromParams(params: QueryParams): SearchState {
  const sort = first(params['sort']);
  const pageSize = positiveInt(first(params['pageSize']), VACANCY_LIMITS.pageSizeMax);
  return normalizeSearchState({
    q: first(params['q']) ?? '',
    types: list(params['type'], VACANCY_TYPES),
    levels: list(params['level'], EDUCATION_LEVELS),
    qualifications: list(params['qualification']).filter((crebo) => /^\d{5}$/.test(crebo)),
    sectors: list(params['sector']),
    municipalities: list(params['municipality']),
    skills: list(params['skills']),
    placeId: positiveInt(first(params['place']), Number.MAX_SAFE_INTEGER),
    radiusKm: positiveInt(first(params['radiusKm']), VACANCY_LIMITS.radiusKmMax),
    sort: (VACANCY_SORTS as readonly (string | undefined)[]).includes(sort) ? (sort as VacancySort) : 'relevance',
    page: positiveInt(first(params['page']), 10_000) ?? 1,
    pageSize: pageSize ?? DEFAULT_PAGE_SIZE,
  });
}

/**
 * A search → the URL's query parameters: the API's own names, lists comma-separated, defaults left out so the
 * URL stays short. Parameters that are left out are `null`, so the router removes them when merging.
 */
export function searchStateToParams(input: SearchState): Record<string, string | null> {
  const state = normalizeSearchState(input);
  const join = (values: readonly string[]): string | null => (values.length > 0 ? values.join(',') : null);
  return {
    q: state.q || null,
    type: join(state.types),
    level: join(state.levels),
    qualification: join(state.qualifications),
    sector: join(state.sectors),
    municipality: join(state.municipalities),
    skills: join(state.skills),
    place: state.placeId === null ? null : String(state.placeId),
    radiusKm: state.radiusKm === null ? null : String(state.radiusKm),
    sort: state.sort === 'relevance' ? null : state.sort,
    page: state.page === 1 ? null : String(state.page),
    pageSize: state.pageSize === DEFAULT_PAGE_SIZE ? null : String(state.pageSize),
  };
}

/** A search → the parameters of GET /api/vacancies (only what is set). */
export function searchStateToApiParams(state: SearchState): Record<string, string> {
  const params = searchStateToParams(state);
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== null) {
      result[key] = value;
    }
  }
  result['page'] = String(normalizeSearchState(state).page);
  result['pageSize'] = String(state.pageSize);
  return result;
}

/** Adds or removes one value of a multi-valued filter. */
export function toggleValue<T extends string>(values: readonly T[], value: T, on: boolean): T[] {
  const without = values.filter((item) => item !== value);
  return on ? [...without, value] : without;
}

/** Whether any filter narrows the search (for the "clear filters" button and the empty state's advice). */
export function hasFilters(state: SearchState): boolean {
  return (
    state.q !== '' ||
    state.placeId !== null ||
    [state.types, state.levels, state.qualifications, state.sectors, state.municipalities, state.skills].some(
      (values) => values.length > 0,
    )
  );
}
