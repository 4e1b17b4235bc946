import {
  DEFAULT_SEARCH_STATE,
  hasFilters,
  SearchState,
  searchStateFromParams,
  searchStateToApiParams,
  searchStateToParams,
  toggleValue,
} from './search-state';

function withoutNulls(params: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== null));
}

describe('search state ⇄ URL', () => {
  const full: SearchState = {
    q: 'lassen',
    types: ['bol_internship', 'job'],
    levels: ['mbo2', 'mbo3'],
    qualifications: ['25010'],
    sectors: ['25', '28'],
    municipalities: ['Emmen', 'Borger-Odoorn'],
    skills: ['weld.tig', 'weld.mig'],
    placeId: 1234,
    radiusKm: 30,
    sort: 'distance',
    page: 3,
    pageSize: 50,
  };

  it('should restore every field from the URL it wrote (round trip)', () => {
    expect(searchStateFromParams(withoutNulls(searchStateToParams(full)))).toEqual(full);
    expect(searchStateFromParams(withoutNulls(searchStateToParams(DEFAULT_SEARCH_STATE)))).toEqual(
      DEFAULT_SEARCH_STATE,
    );
  });

  it('should write the API parameter names with comma-separated lists and leave defaults out', () => {
    expect(withoutNulls(searchStateToParams(full))).toEqual({
      q: 'lassen',
      type: 'bol_internship,job',
      level: 'mbo2,mbo3',
      qualification: '25010',
      sector: '25,28',
      municipality: 'Emmen,Borger-Odoorn',
      skills: 'weld.tig,weld.mig',
      place: '1234',
      radiusKm: '30',
      sort: 'distance',
      page: '3',
      pageSize: '50',
    });
    expect(withoutNulls(searchStateToParams(DEFAULT_SEARCH_STATE))).toEqual({});
  });

  it('should give null for parameters to remove from the URL', () => {
    expect(searchStateToParams({ ...DEFAULT_SEARCH_STATE, q: 'cnc' })['type']).toBeNull();
  });

  it('should drop unknown and broken values instead of failing', () => {
    const state = searchStateFromParams({
      type: 'job,spaceship,job',
      level: 'mbo9',
      page: '-2',
      pageSize: '500',
      sort: 'cheapest',
      place: 'emmen',
      radiusKm: '30',
      qualification: '123,25010',
    });
    expect(state.types).toEqual(['job']);
    expect(state.levels).toEqual([]);
    expect(state.page).toBe(1);
    expect(state.pageSize).toBe(20);
    expect(state.sort).toBe('relevance');
    expect(state.placeId).toBeNull();
    expect(state.qualifications).toEqual(['25010']);
  });

  it('should drop the radius and distance sorting without a place', () => {
    const state = searchStateFromParams({ radiusKm: '30', sort: 'distance' });
    expect(state.radiusKm).toBeNull();
    expect(state.sort).toBe('relevance');
  });

  it('should accept a repeated parameter as well as a comma-separated one', () => {
    expect(searchStateFromParams({ type: ['job', 'bol_internship'] }).types).toEqual(['job', 'bol_internship']);
  });

  it('should always send the page and page size to the API', () => {
    expect(searchStateToApiParams(DEFAULT_SEARCH_STATE)).toEqual({ page: '1', pageSize: '20' });
    expect(searchStateToApiParams({ ...DEFAULT_SEARCH_STATE, q: 'cnc', placeId: 7, radiusKm: 10 })).toEqual({
      q: 'cnc',
      place: '7',
      radiusKm: '10',
      page: '1',
      pageSize: '20',
    });
  });
});

describe('filter helpers', () => {
  it('should add and remove one value', () => {
    expect(toggleValue(['job'], 'bol_internship', true)).toEqual(['job', 'bol_internship']);
    expect(toggleValue(['job', 'bol_internship'], 'job', false)).toEqual(['bol_internship']);
    expect(toggleValue(['job'], 'job', true)).toEqual(['job']);
  });

  it('should tell whether the search is narrowed', () => {
    expect(hasFilters(DEFAULT_SEARCH_STATE)).toBe(false);
    expect(hasFilters({ ...DEFAULT_SEARCH_STATE, municipalities: ['Emmen'] })).toBe(true);
  });
});
