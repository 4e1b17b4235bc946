import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { Locale } from '@techzone/contracts';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  ChartConfiguration,
  ChartDataset as ChartJsDataset,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Scale,
  Tooltip,
} from 'chart.js';
import { chartHeight, ChartView } from './insights';

// Only what the insights charts use, so that the lazy chunk stays small.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);
Chart.defaults.font.family = "Roboto, 'Helvetica Neue', Arial, sans-serif";
// --mat-sys-on-surface-variant: 9:1 on white.
Chart.defaults.color = '#44474e';

type InsightChartConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>;

const GRID = '#e1e2ec';
const LABEL_MAX = 32;
const DASHES = { solid: [], dashed: [8, 4], dotted: [2, 3] } as const;
const POINTS = ['circle', 'triangle', 'rect'] as const;

/** Long category labels are cut in the chart; the table under it has them in full. */
export function shortLabel(label: string, max = LABEL_MAX): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/** The Chart.js configuration of a chart view: numbers in the page's locale, no animation for reduced motion. */
export function chartConfig(view: ChartView, lang: Locale, reducedMotion = false): InsightChartConfig {
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const valueAxis = {
    beginAtZero: true,
    ...(view.percent ? { max: 100 } : {}),
    grid: { color: GRID },
    ticks: {
      precision: 0,
      ...(view.percent ? { callback: (value: number | string) => percent.format(Number(value) / 100) } : {}),
    },
  };
  const categoryAxis = {
    grid: { display: false },
    ticks: {
      autoSkip: !view.horizontal,
      callback(this: Scale, value: number | string) {
        return shortLabel(this.getLabelForValue(Number(value)));
      },
    },
  };
  const datasets = view.datasets.map((dataset, index): ChartJsDataset<'bar' | 'line', (number | null)[]> => ({
    label: dataset.label,
    data: dataset.data,
    backgroundColor: dataset.color,
    borderColor: dataset.color,
    ...(view.kind === 'line'
      ? {
          borderDash: [...DASHES[dataset.line ?? 'solid']],
          borderWidth: 2,
          pointStyle: POINTS[index % POINTS.length],
          pointRadius: 4,
          pointBackgroundColor: dataset.color,
          spanGaps: false,
          tension: 0.2,
        }
      : { borderWidth: 0, maxBarThickness: 28 }),
  }));
  return {
    type: view.kind,
    data: { labels: view.labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: lang,
      animation: reducedMotion ? false : { duration: 300 },
      indexAxis: view.horizontal ? 'y' : 'x',
      plugins: {
        legend: {
          display: view.datasets.length > 1,
          position: 'bottom',
          labels: { usePointStyle: view.kind === 'line' },
        },
        tooltip: view.percent
          ? {
              callbacks: {
                label: (item) =>
                  `${item.dataset.label ?? ''}: ${percent.format(Number(item.parsed[view.horizontal ? 'x' : 'y']) / 100)}`,
              },
            }
          : {},
      },
      scales: view.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    },
  };
}

/**
 * One Chart.js chart on a canvas with role="img" and a one-sentence aria-label; the numbers themselves belong in
 * a table next to it. Drawn after the first render, updated when the view or the language changes, destroyed
 * with the component. Without a 2D context (jsdom in unit tests) it draws nothing.
 */
@Component({
  selector: 'tz-insight-chart',
  template: `
    <div class="frame" [style.height.px]="height()">
      <canvas #canvas role="img" [attr.aria-label]="view().summary">{{ view().summary }}</canvas>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .frame {
      position: relative;
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InsightChart {
  readonly view = input.required<ChartView>();
  readonly lang = input.required<Locale>();

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  protected readonly height = computed(() => chartHeight(this.view()));
  private chart: Chart<'bar' | 'line', (number | null)[], string> | null = null;
  private kind: ChartView['kind'] | null = null;

  constructor() {
    afterRenderEffect(() => this.draw(this.view(), this.lang()));
    inject(DestroyRef).onDestroy(() => {
      this.chart?.destroy();
      this.chart = null;
    });
  }

  private draw(view: ChartView, lang: Locale): void {
    const reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const config = chartConfig(view, lang, reducedMotion);
    if (this.chart && this.kind === view.kind) {
      this.chart.data = config.data;
      this.chart.options = config.options ?? {};
      this.chart.update();
      return;
    }
    this.chart?.destroy();
    this.chart = null;
    const canvas = this.canvas().nativeElement;
    const context = typeof canvas.getContext === 'function' ? canvas.getContext('2d') : null;
    if (!context) {
      return;
    }
    this.chart = new Chart(context, config);
    this.kind = view.kind;
  }
}
