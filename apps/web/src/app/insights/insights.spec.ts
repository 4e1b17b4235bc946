import { registerLocaleData } from '@angular/common';
import localeNl from '@angular/common/locales/nl';
import { Locale, RegionInsightsResponse, SkillGapRow } from '@techzone/contracts';
import en from '../../../public/i18n/en.json';
import nl from '../../../public/i18n/nl.json';
import {
  CHART_TOP,
  figureJson,
  filtersFromParams,
  filtersToApiParams,
  filtersToParams,
  InsightsFilters,
  peopleCell,
  regionFigures,
  reportCategoryKey,
  Translate,
  withFrom,
  withTo,
} from './insights';
import { InsightsApi } from './insights.api';

registerLocaleData(localeNl);

/** The real texts, so that the tests see what a visitor reads. */
function translator(lang: Locale): Translate {
  const texts: unknown = lang === 'en' ? en : nl;
  return (key, params = {}) => {
    const text = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], texts);
    if (typeof text !== 'string') {
      throw new Error(`missing translation ${key}`);
    }
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name]));
  };
}

const TODAY = new Date(Date.UTC(2026, 10, 15));
const noLabels = { sectors: new Map(), qualifications: new Map() };

function newSkill(code: string, demand: number, supply: number | null): SkillGapRow {
  return {
    code,
    nl: `Vaardigheid ${code}`,
    en: `Skill ${code}`,
    demand,
    supply: supply === null ? { count: null, suppressed: true } : { count: supply, suppressed: false },
    gap: demand - (supply ?? 0),
  };
}

function newRegionInsights(overrides: Partial<RegionInsightsResponse> = {}): RegionInsightsResponse {
  return {
    filters: { from: '2026-01', to: '2026-03', municipality: null },
    generatedAt: '2026-11-15T10:00:00.000Z',
    openPlaces: {
      total: 1234,
      positions: 2001,
      byMunicipality: [
        { key: 'Emmen', label: 'Emmen', count: 700 },
        { key: 'Hardenberg', label: 'Hardenberg', count: 534 },
      ],
      byType: [
        { key: 'bol_internship', label: 'bol_internship', count: 12 },
        { key: 'job', label: 'job', count: 9 },
      ],
      byLevel: [{ key: 'mbo3', label: 'mbo3', count: 8 }],
      bySector: [{ key: '25', label: 'Vervaardiging van producten van metaal', count: 6 }],
    },
    skills: [newSkill('weld.tig', 9, null), newSkill('weld.mig', 12, 6)],
    qualifications: [
      {
        crebo: '25389',
        name: 'Technicus mechatronica',
        level: 4,
        demand: 7,
        supply: { count: null, suppressed: true },
        gap: 7,
      },
    ],
    placementRates: [
      {
        schoolName: 'Drenthe College',
        programName: 'Lasser',
        students: 6,
        placed: { count: null, suppressed: true },
        rate: null,
      },
      {
        schoolName: 'Drenthe College',
        programName: 'Monteur',
        students: 12,
        placed: { count: 8, suppressed: false },
        rate: 8 / 12,
      },
    ],
    trends: [
      {
        month: '2026-01',
        vacanciesPublished: 20,
        applications: { count: 31, suppressed: false },
        placements: { count: 0, suppressed: false },
      },
      {
        month: '2026-02',
        vacanciesPublished: 14,
        applications: { count: null, suppressed: true },
        placements: { count: null, suppressed: true },
      },
      {
        month: '2026-03',
        vacanciesPublished: 9,
        applications: { count: 12, suppressed: false },
        placements: { count: 5, suppressed: false },
      },
    ],
    ...overrides,
  };
}

const texts = (cells: { text: string }[]) => cells.map((cell) => cell.text);

describe('insights filters', () => {
  it('should default to the last twelve months of the whole region', () => {
    expect(filtersFromParams({}, TODAY)).toEqual({ from: '2025-12', to: '2026-11', municipality: null });
  });

  it('should keep the period and municipality of a shared link', () => {
    expect(filtersFromParams({ from: '2026-01', to: '2026-06', municipality: 'Borger-Odoorn' }, TODAY)).toEqual({
      from: '2026-01',
      to: '2026-06',
      municipality: 'Borger-Odoorn',
    });
  });

  it('should repair a link the API would refuse instead of showing an error', () => {
    expect(filtersFromParams({ from: '2026-09', to: '2026-03' }, TODAY)).toMatchObject({
      from: '2026-03',
      to: '2026-03',
    });
    expect(filtersFromParams({ from: '2026-13', to: 'soon' }, TODAY)).toMatchObject({ from: '2025-12', to: '2026-11' });
    expect(filtersFromParams({ to: '2027-05' }, TODAY)).toMatchObject({ to: '2026-11' });
    // Older than the 36 months the API allows: the default year before "to".
    expect(filtersFromParams({ from: '2020-01', to: '2026-06' }, TODAY)).toMatchObject({
      from: '2025-07',
      to: '2026-06',
    });
    expect(filtersFromParams({ municipality: 'Amsterdam' }, TODAY).municipality).toBeNull();
    expect(filtersFromParams({ municipality: ['Emmen', 'Hoogeveen'] }, TODAY).municipality).toBeNull();
  });

  it('should move the other end of the period along instead of making it empty', () => {
    const filters: InsightsFilters = { from: '2026-03', to: '2026-06', municipality: 'Emmen' };
    expect(withFrom(filters, '2026-08')).toEqual({ from: '2026-08', to: '2026-08', municipality: 'Emmen' });
    expect(withFrom(filters, '2026-01')).toEqual({ from: '2026-01', to: '2026-06', municipality: 'Emmen' });
    expect(withTo(filters, '2026-02')).toEqual({ from: '2026-02', to: '2026-02', municipality: 'Emmen' });
  });

  it('should write the whole region without a municipality, to the URL and to the API', () => {
    const region: InsightsFilters = { from: '2026-01', to: '2026-06', municipality: null };
    expect(filtersToParams(region)).toEqual({ from: '2026-01', to: '2026-06', municipality: null });
    expect(filtersToApiParams(region)).toEqual({ from: '2026-01', to: '2026-06' });
  });
});

describe('insights downloads', () => {
  const api = new InsightsApi();

  it('should link each figure to the API CSV with the same filters', () => {
    expect(api.csvUrl('skills', { from: '2026-01', to: '2026-06', municipality: 'Borger-Odoorn' })).toBe(
      '/api/insights/region.csv?figure=skills&from=2026-01&to=2026-06&municipality=Borger-Odoorn',
    );
    expect(api.csvUrl('open-by-type', { from: '2025-12', to: '2026-11', municipality: null })).toBe(
      '/api/insights/region.csv?figure=open-by-type&from=2025-12&to=2026-11',
    );
    expect(api.region({ from: '2025-12', to: '2026-11', municipality: 'Emmen' })).toEqual({
      url: '/api/insights/region',
      params: { from: '2025-12', to: '2026-11', municipality: 'Emmen' },
    });
  });

  it('should put a figure rows, filters and time in its JSON download', () => {
    const data = newRegionInsights();
    const figures = regionFigures(data, 'nl', translator('nl'), noLabels);
    expect(JSON.parse(figureJson(figures['open-by-type'], data))).toEqual({
      figure: 'open-by-type',
      filters: data.filters,
      generatedAt: data.generatedAt,
      rows: data.openPlaces.byType,
    });
    expect(JSON.parse(figureJson(figures.skills, data)).rows[0].supply).toEqual({ count: null, suppressed: true });
  });
});

describe('insights figures', () => {
  it('should show a hidden count of people as "< 5", said as "fewer than 5", never as a number', () => {
    expect(peopleCell({ count: null, suppressed: true }, 'nl', translator('nl'))).toEqual({
      text: '< 5',
      spoken: 'minder dan 5',
    });
    expect(peopleCell({ count: null, suppressed: true }, 'en', translator('en'))).toEqual({
      text: '< 5',
      spoken: 'fewer than 5',
    });
    expect(peopleCell({ count: 3, suppressed: true }, 'nl', translator('nl')).text).toBe('< 5');
    expect(peopleCell({ count: 1234, suppressed: false }, 'nl', translator('nl'))).toEqual({ text: '1.234' });
    expect(peopleCell({ count: 1234, suppressed: false }, 'en', translator('en'))).toEqual({ text: '1,234' });
  });

  it('should name vacancy types and education levels as everywhere else, in the chosen language', () => {
    const nlFigures = regionFigures(newRegionInsights(), 'nl', translator('nl'), noLabels);
    const enFigures = regionFigures(newRegionInsights(), 'en', translator('en'), noLabels);
    expect(nlFigures['open-by-type'].chart?.labels).toEqual(['Stage (BOL)', 'Baan']);
    expect(enFigures['open-by-type'].chart?.labels).toEqual(['Internship (BOL)', 'Job']);
    expect(nlFigures['open-by-level'].table.rows[0].map((cell) => cell.text)).toEqual(['MBO niveau 3', '8']);
    expect(enFigures['open-by-level'].table.columns.map((column) => column.label)).toEqual([
      'Education level',
      'Open vacancies',
    ]);
    expect(enFigures['open-by-municipality'].table.rows.map(texts)).toEqual([
      ['Emmen', '700'],
      ['Hardenberg', '534'],
    ]);
  });

  it('should name a sector in English from the taxonomy, and keep the API name when it is unknown', () => {
    const labels = {
      sectors: new Map([['25', { nl: 'Metaalproducten', en: 'Fabricated metal products' }]]),
      qualifications: new Map(),
    };
    expect(regionFigures(newRegionInsights(), 'en', translator('en'), labels)['open-by-sector'].chart?.labels).toEqual([
      'Fabricated metal products',
    ]);
    expect(
      regionFigures(newRegionInsights(), 'en', translator('en'), noLabels)['open-by-sector'].chart?.labels,
    ).toEqual(['Vervaardiging van producten van metaal']);
  });

  it('should chart the biggest skill shortages and table them all, leaving hidden supply out of the chart', () => {
    const skills = Array.from({ length: 20 }, (_, index) => newSkill(`s${index}`, 40 - index, index % 2 ? null : 5));
    const figure = regionFigures(newRegionInsights({ skills }), 'nl', translator('nl'), noLabels).skills;
    expect(figure.chart?.labels).toHaveLength(CHART_TOP);
    expect(figure.chart?.labels[0]).toBe('Vaardigheid s0');
    expect(figure.chart?.datasets.map((dataset) => dataset.label)).toEqual(['Vraag', 'Aanbod']);
    expect(figure.chart?.datasets[1].data.slice(0, 2)).toEqual([5, null]);
    expect(figure.table.rows).toHaveLength(20);
    expect(figure.table.rows[1]).toEqual([
      { text: 'Vaardigheid s1' },
      { text: '39' },
      { text: '< 5', spoken: 'minder dan 5' },
      { text: '39' },
    ]);
    expect(figure.chart?.summary).toContain('Vaardigheid s0');
  });

  it('should not call a hidden placement count "< 5": it may hide the students not yet placed', () => {
    const figure = regionFigures(newRegionInsights(), 'nl', translator('nl'), noLabels)['placement-rates'];
    expect(figure.table.rowHeaders).toBe(2);
    expect(figure.table.rows.map(texts)).toEqual([
      ['Drenthe College', 'Lasser', '6', 'niet getoond', 'niet getoond'],
      ['Drenthe College', 'Monteur', '12', '8', '67%'],
    ]);
    // The chart leaves the hidden share out instead of drawing it as 0 %.
    expect(figure.chart?.labels).toEqual(['Monteur (Drenthe College)']);
    expect(figure.chart?.datasets[0].data).toEqual([66.7]);
    expect(figure.chart?.percent).toBe(true);
  });

  it('should chart the programmes with the highest share placed, the table keeping every one', () => {
    const placementRates = Array.from({ length: 20 }, (_, index) => ({
      schoolName: 'Vechtdal Vakschool',
      programName: `Opleiding ${index}`,
      students: 10,
      placed: { count: index % 5 === 0 ? 0 : 5, suppressed: false },
      rate: index % 5 === 0 ? 0 : (index + 5) / 40,
    }));
    const figure = regionFigures(newRegionInsights({ placementRates }), 'nl', translator('nl'), noLabels)[
      'placement-rates'
    ];
    expect(figure.table.rows).toHaveLength(20);
    expect(figure.chart?.labels).toHaveLength(CHART_TOP);
    expect(figure.chart?.labels[0]).toBe('Opleiding 19 (Vechtdal Vakschool)');
    expect(figure.chart?.datasets[0].data.slice(0, 2)).toEqual([60, 57.5]);
  });

  it('should draw the trends as lines per month with hidden counts as gaps', () => {
    const figure = regionFigures(newRegionInsights(), 'en', translator('en'), noLabels).trends;
    expect(figure.chart?.kind).toBe('line');
    expect(figure.chart?.labels).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026']);
    expect(figure.chart?.datasets.map((dataset) => dataset.data)).toEqual([
      [20, 14, 9],
      [31, null, 12],
      [0, null, 5],
    ]);
    expect(figure.table.rows.map(texts)[1]).toEqual(['February 2026', '14', '< 5', '< 5']);
    expect(figure.chart?.summary).toBe(
      'Line chart: Vacancies, applications and placements per month, from January 2026 to March 2026. The same figures are in the table below.',
    );
  });

  it('should draw nothing for a figure without rows, and keep its empty table', () => {
    const data = newRegionInsights({ qualifications: [], placementRates: [] });
    const figures = regionFigures(data, 'nl', translator('nl'), noLabels);
    expect(figures.qualifications.chart).toBeNull();
    expect(figures.qualifications.table.rows).toEqual([]);
    expect(figures['placement-rates'].chart).toBeNull();
  });

  it('should translate the report groups of the internal view', () => {
    expect(reportCategoryKey('harassment')).toBe('reports.categories.harassment');
    expect(reportCategoryKey('problem')).toBe('reports.kinds.problem');
    expect(reportCategoryKey('something-new')).toBe('insights.internal.reports.otherCategory');
  });
});
