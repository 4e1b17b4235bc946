import { formatDate, formatNumber, formatPercent } from '@angular/common';
import {
  CountCell,
  EDUCATION_LEVELS,
  InsightFigure,
  Labelled,
  Locale,
  PeopleCount,
  REGION_MUNICIPALITIES,
  RegionInsightsResponse,
  REPORT_CATEGORIES,
  VACANCY_TYPES,
} from '@techzone/contracts';
import { labelOf } from '../shared/label';

/** The API's limit on the period (from and to included). */
export const MAX_MONTHS = 36;
/** Without a period in the URL: the last twelve months, as the API does. */
export const DEFAULT_MONTHS = 12;
/** The skill and qualification charts show the biggest shortages; the tables show every row the API sends. */
export const CHART_TOP = 15;

/** Transloco's translate, passed in so that the view models stay plain functions. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** What the filters select: always a whole period (YYYY-MM), and one municipality or (null) the whole region. */
export interface InsightsFilters {
  from: string;
  to: string;
  municipality: string | null;
}

export interface MonthOption {
  value: string;
  label: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const MUNICIPALITIES: readonly string[] = REGION_MUNICIPALITIES.map((municipality) => municipality.name);

/** The month (YYYY-MM, UTC, as the API counts) of a date. */
export function monthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return monthOf(new Date(Date.UTC(year, monthNumber - 1 + count, 1)));
}

/** The months the selects offer: the last MAX_MONTHS up to this month, newest first. */
export function monthRange(today: Date): string[] {
  const latest = monthOf(today);
  return Array.from({ length: MAX_MONTHS }, (_, index) => addMonths(latest, -index));
}

export function monthLabel(month: string, lang: Locale, format = 'MMMM y'): string {
  return formatDate(`${month}-01`, format, lang);
}

export function monthOptions(today: Date, lang: Locale): MonthOption[] {
  return monthRange(today).map((value) => ({ value, label: monthLabel(value, lang) }));
}

/**
 * The filters from the URL's query parameters. Anything the page cannot show (a bad month, a period outside the
 * last MAX_MONTHS months, "from" after "to", another municipality) falls back to what it can, so that the API
 * never answers 400 to a shared link.
 */
export function filtersFromParams(params: Record<string, unknown>, today: Date): InsightsFilters {
  const range = monthRange(today);
  const latest = range[0];
  const earliest = range[range.length - 1];
  const month = (value: unknown): string | null =>
    typeof value === 'string' && MONTH.test(value) && value >= earliest && value <= latest ? value : null;
  const to = month(params['to']) ?? latest;
  const fallbackFrom = addMonths(to, -(DEFAULT_MONTHS - 1));
  let from = month(params['from']) ?? (fallbackFrom < earliest ? earliest : fallbackFrom);
  if (from > to) {
    from = to;
  }
  const municipality = MUNICIPALITIES.find((name) => name === params['municipality']) ?? null;
  return { from, to, municipality };
}

/** The query parameters of the page (null removes one from the URL). */
export function filtersToParams(filters: InsightsFilters): Record<string, string | null> {
  return { from: filters.from, to: filters.to, municipality: filters.municipality };
}

/** The same filters for the API: the whole region has no municipality parameter. */
export function filtersToApiParams(filters: InsightsFilters): Record<string, string> {
  return {
    from: filters.from,
    to: filters.to,
    ...(filters.municipality ? { municipality: filters.municipality } : {}),
  };
}

/** A new first month; "to" moves along when it would come before it. */
export function withFrom(filters: InsightsFilters, from: string): InsightsFilters {
  return { ...filters, from, to: filters.to < from ? from : filters.to };
}

/** A new last month; "from" moves along when it would come after it. */
export function withTo(filters: InsightsFilters, to: string): InsightsFilters {
  return { ...filters, to, from: filters.from > to ? to : filters.from };
}

/** A table cell: what is shown, and (when that is a symbol such as "< 5") what a screen reader says instead. */
export interface TableCell {
  text: string;
  spoken?: string;
}

export interface TableColumn {
  label: string;
  numeric: boolean;
}

export interface TableView {
  columns: TableColumn[];
  /** How many leading cells of each row are row headers (`<th scope="row">`). */
  rowHeaders: number;
  rows: TableCell[][];
}

export interface ChartDataset {
  label: string;
  data: (number | null)[];
  color: string;
  line?: 'solid' | 'dashed' | 'dotted';
}

export interface ChartView {
  kind: 'bar' | 'line';
  horizontal: boolean;
  /** Values are percentages (0-100). */
  percent: boolean;
  labels: string[];
  datasets: ChartDataset[];
  /** The aria-label of the canvas: what the chart shows, in a sentence. */
  summary: string;
}

export interface FigureView {
  figure: InsightFigure;
  title: string;
  /** Null when there is nothing to draw. */
  chart: ChartView | null;
  table: TableView;
  /** What the JSON download holds: the figure's rows as the API sent them. */
  rows: unknown[];
}

export type RegionFigures = Record<InsightFigure, FigureView>;

/**
 * The height of a chart in px. Horizontal bar charts grow with their rows, so that every label stays readable.
 * Here rather than beside Chart.js, so that the place a chart will take is known before its chunk loads.
 */
export function chartHeight(view: ChartView): number {
  if (!view.horizontal) {
    return 300;
  }
  const perRow = view.datasets.length > 1 ? 34 : 26;
  return Math.max(160, view.labels.length * perRow + 70);
}

/**
 * Colours with at least 4.9:1 contrast on white (WCAG 1.4.11 asks 3:1 for graphics), told apart by hue
 * (blue/orange also for colour-blind readers) and, in line charts, by dashes and point shapes too.
 */
export const CHART_COLORS = {
  blue: '#245eab',
  orange: '#b55400',
  green: '#2e7d32',
} as const;

/** Names (taxonomy labels in both languages) that the figures do not carry themselves. */
export interface FigureLabels {
  sectors: ReadonlyMap<string, Labelled>;
  qualifications: ReadonlyMap<string, Labelled>;
}

export function formatCount(value: number, lang: Locale): string {
  return formatNumber(value, lang, '1.0-0');
}

/** A count of people: "< 5" (spoken "fewer than 5") when it is hidden, never a number then. */
export function peopleCell(value: PeopleCount, lang: Locale, t: Translate): TableCell {
  if (value.suppressed || value.count === null) {
    return { text: t('insights.suppressed'), spoken: t('insights.suppressedSpoken') };
  }
  return { text: formatCount(value.count, lang) };
}

/** A count of people for a chart: hidden counts are left out (no bar, a gap in a line). */
export function peopleValue(value: PeopleCount): number | null {
  return value.suppressed ? null : value.count;
}

const isVacancyType = (key: string) => (VACANCY_TYPES as readonly string[]).includes(key);
const isEducationLevel = (key: string) => (EDUCATION_LEVELS as readonly string[]).includes(key);

/** Every figure of the page as a chart, a table with the same numbers, and the rows for the JSON download. */
export function regionFigures(
  data: RegionInsightsResponse,
  lang: Locale,
  t: Translate,
  labels: FigureLabels,
): RegionFigures {
  const count = (value: number) => formatCount(value, lang);
  const column = (key: string, numeric = false): TableColumn => ({ label: t(`insights.columns.${key}`), numeric });
  const titleOf = (figure: InsightFigure) => t(`insights.figures.${figure}`);

  function barSummary(title: string, names: string[], values: (number | null)[], format: (n: number) => string) {
    let top = -1;
    values.forEach((value, index) => {
      if (value !== null && (top < 0 || value > (values[top] ?? 0))) {
        top = index;
      }
    });
    const value = values[top];
    return t('insights.chart.bar', {
      title,
      count: names.length,
      top: names[top] ?? '',
      value: value === null || value === undefined ? '' : format(value),
    });
  }

  function countFigure(
    figure: InsightFigure,
    cells: CountCell[],
    key: string,
    name: (cell: CountCell) => string,
    horizontal: boolean,
  ): FigureView {
    const title = titleOf(figure);
    const names = cells.map(name);
    const values = cells.map((cell) => cell.count);
    return {
      figure,
      title,
      chart: cells.length
        ? {
            kind: 'bar',
            horizontal,
            percent: false,
            labels: names,
            datasets: [{ label: t('insights.columns.vacancies'), data: values, color: CHART_COLORS.blue }],
            summary: barSummary(title, names, values, count),
          }
        : null,
      table: {
        columns: [column(key), column('vacancies', true)],
        rowHeaders: 1,
        rows: cells.map((cell, index) => [{ text: names[index] }, { text: count(cell.count) }]),
      },
      rows: cells,
    };
  }

  function gapFigure(
    figure: 'skills' | 'qualifications',
    rows: { name: string; extra: TableCell[]; demand: number; supply: PeopleCount; gap: number }[],
    raw: unknown[],
    extraColumns: TableColumn[],
  ): FigureView {
    const title = titleOf(figure);
    const shown = rows.slice(0, CHART_TOP);
    const top = shown[0];
    return {
      figure,
      title,
      chart: shown.length
        ? {
            kind: 'bar',
            horizontal: true,
            percent: false,
            labels: shown.map((row) => row.name),
            datasets: [
              { label: t('insights.columns.demand'), data: shown.map((row) => row.demand), color: CHART_COLORS.blue },
              {
                label: t('insights.columns.supply'),
                data: shown.map((row) => peopleValue(row.supply)),
                color: CHART_COLORS.orange,
              },
            ],
            summary: t('insights.chart.gap', {
              title,
              count: shown.length,
              top: top.name,
              demand: count(top.demand),
              supply: peopleCell(top.supply, lang, t).spoken ?? peopleCell(top.supply, lang, t).text,
            }),
          }
        : null,
      table: {
        columns: [
          column(figure === 'skills' ? 'skill' : 'qualification'),
          ...extraColumns,
          column('demand', true),
          column('supply', true),
          column('gap', true),
        ],
        rowHeaders: 1,
        rows: rows.map((row) => [
          { text: row.name },
          ...row.extra,
          { text: count(row.demand) },
          peopleCell(row.supply, lang, t),
          { text: count(row.gap) },
        ]),
      },
      rows: raw,
    };
  }

  const open = data.openPlaces;
  const trendsTitle = titleOf('trends');
  const rateTitle = titleOf('placement-rates');
  const rates = data.placementRates;
  // The chart: the programmes with the highest share placed (hidden shares left out); the table has them all.
  const charted = rates
    .filter((row) => row.rate !== null)
    .sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0) || b.students - a.students)
    .slice(0, CHART_TOP);
  const rateNames = charted.map((row) => `${row.programName} (${row.schoolName})`);
  const rateValues = charted.map((row) => Math.round((row.rate ?? 0) * 1000) / 10);
  const months = data.trends.map((row) => monthLabel(row.month, lang, 'MMM y'));
  const hidden: TableCell = { text: t('insights.notShown'), spoken: t('insights.notShownSpoken') };

  return {
    'open-by-municipality': countFigure(
      'open-by-municipality',
      open.byMunicipality,
      'municipality',
      (c) => c.label,
      false,
    ),
    'open-by-type': countFigure(
      'open-by-type',
      open.byType,
      'type',
      (c) => (isVacancyType(c.key) ? t(`vacancy.types.${c.key}`) : c.label),
      true,
    ),
    'open-by-level': countFigure(
      'open-by-level',
      open.byLevel,
      'level',
      (c) => (isEducationLevel(c.key) ? t(`vacancy.levels.${c.key}`) : c.label),
      true,
    ),
    'open-by-sector': countFigure(
      'open-by-sector',
      open.bySector,
      'sector',
      (c) => labelOf(labels.sectors.get(c.key), lang) || c.label,
      true,
    ),
    skills: gapFigure(
      'skills',
      data.skills.map((row) => ({ ...row, name: labelOf(row, lang), extra: [] })),
      data.skills,
      [],
    ),
    qualifications: gapFigure(
      'qualifications',
      data.qualifications.map((row) => ({
        ...row,
        name: labelOf(labels.qualifications.get(row.crebo), lang) || row.name,
        extra: [{ text: row.crebo }, { text: count(row.level) }],
      })),
      data.qualifications,
      [column('crebo'), column('mboLevel', true)],
    ),
    'placement-rates': {
      figure: 'placement-rates',
      title: rateTitle,
      chart: charted.length
        ? {
            kind: 'bar',
            horizontal: true,
            percent: true,
            labels: rateNames,
            datasets: [{ label: t('insights.columns.rate'), data: rateValues, color: CHART_COLORS.green }],
            summary: barSummary(rateTitle, rateNames, rateValues, (value) => formatPercent(value / 100, lang, '1.0-0')),
          }
        : null,
      table: {
        columns: [
          column('school'),
          column('program'),
          column('students', true),
          column('placed', true),
          column('rate', true),
        ],
        rowHeaders: 2,
        rows: rates.map((row) => [
          { text: row.schoolName },
          { text: row.programName },
          { text: count(row.students) },
          // Hidden when the placed OR the not-yet-placed are 1 to 4 students: "< 5" would not always be true here.
          row.placed.suppressed || row.placed.count === null ? hidden : { text: count(row.placed.count) },
          row.rate === null ? hidden : { text: formatPercent(row.rate, lang, '1.0-0') },
        ]),
      },
      rows: rates,
    },
    trends: {
      figure: 'trends',
      title: trendsTitle,
      chart: data.trends.length
        ? {
            kind: 'line',
            horizontal: false,
            percent: false,
            labels: months,
            datasets: [
              {
                label: t('insights.columns.published'),
                data: data.trends.map((row) => row.vacanciesPublished),
                color: CHART_COLORS.blue,
                line: 'solid',
              },
              {
                label: t('insights.columns.applications'),
                data: data.trends.map((row) => peopleValue(row.applications)),
                color: CHART_COLORS.orange,
                line: 'dashed',
              },
              {
                label: t('insights.columns.placements'),
                data: data.trends.map((row) => peopleValue(row.placements)),
                color: CHART_COLORS.green,
                line: 'dotted',
              },
            ],
            summary: t('insights.chart.line', {
              title: trendsTitle,
              from: monthLabel(data.filters.from, lang),
              to: monthLabel(data.filters.to, lang),
            }),
          }
        : null,
      table: {
        columns: [column('month'), column('published', true), column('applications', true), column('placements', true)],
        rowHeaders: 1,
        rows: data.trends.map((row) => [
          { text: monthLabel(row.month, lang) },
          { text: count(row.vacanciesPublished) },
          peopleCell(row.applications, lang, t),
          peopleCell(row.placements, lang, t),
        ]),
      },
      rows: data.trends,
    },
  };
}

/** The JSON download of one figure: the rows, with the filters and the moment they were computed. */
export function figureJson(figure: FigureView, data: RegionInsightsResponse): string {
  return JSON.stringify(
    { figure: figure.figure, filters: data.filters, generatedAt: data.generatedAt, rows: figure.rows },
    null,
    2,
  );
}

/** The translation key of a report group of the internal view: a misconduct category, else the kind of report. */
export function reportCategoryKey(key: string): string {
  if ((REPORT_CATEGORIES as readonly string[]).includes(key)) {
    return `reports.categories.${key}`;
  }
  return key === 'problem' || key === 'misconduct' ? `reports.kinds.${key}` : 'insights.internal.reports.otherCategory';
}
