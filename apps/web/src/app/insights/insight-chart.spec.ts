import { TestBed } from '@angular/core/testing';
import { chartConfig, InsightChart, shortLabel } from './insight-chart';
import { CHART_COLORS, chartHeight, ChartView } from './insights';

function newChartView(overrides: Partial<ChartView> = {}): ChartView {
  return {
    kind: 'bar',
    horizontal: true,
    percent: false,
    labels: ['Lassen', 'Draaien'],
    datasets: [{ label: 'Vraag', data: [12, null], color: CHART_COLORS.blue }],
    summary: 'Staafdiagram: vraag per vaardigheid.',
    ...overrides,
  };
}

describe('InsightChart', () => {
  it('should lay horizontal bars along the y axis and give every row room', () => {
    const config = chartConfig(newChartView(), 'nl', true);
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.options?.locale).toBe('nl');
    expect(config.options?.animation).toBe(false);
    expect(config.options?.plugins?.legend?.display).toBe(false);
    expect(config.data.datasets[0].data).toEqual([12, null]);
    expect(chartHeight(newChartView({ labels: Array.from({ length: 15 }, (_, i) => `s${i}`) }))).toBe(15 * 26 + 70);
    expect(chartHeight(newChartView({ horizontal: false }))).toBe(300);
  });

  it('should show percentages in the locale of the page', () => {
    const config = chartConfig(newChartView({ percent: true }), 'en');
    const ticks = (config.options?.scales?.['x']?.ticks ?? {}) as { callback?: (value: number) => string };
    expect(ticks.callback?.(50)).toBe('50%');
    expect(config.options?.scales?.['x']?.max).toBe(100);
  });

  it('should tell the lines of a line chart apart by dashes as well as colour', () => {
    const config = chartConfig(
      newChartView({
        kind: 'line',
        horizontal: false,
        datasets: [
          { label: 'a', data: [1, 2], color: CHART_COLORS.blue, line: 'solid' },
          { label: 'b', data: [2, 1], color: CHART_COLORS.orange, line: 'dashed' },
        ],
      }),
      'nl',
    );
    const dashes = config.data.datasets.map((dataset) => (dataset as { borderDash?: number[] }).borderDash);
    expect(dashes).toEqual([[], [8, 4]]);
    expect(config.options?.plugins?.legend?.display).toBe(true);
  });

  it('should cut long labels in the chart only', () => {
    expect(shortLabel('Kort')).toBe('Kort');
    expect(shortLabel('Een heel lange naam van een vaardigheid die niet past', 20)).toBe('Een heel lange naam…');
  });

  it('should render a labelled image without crashing where there is no canvas (jsdom)', async () => {
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const fixture = TestBed.createComponent(InsightChart);
    fixture.componentRef.setInput('view', newChartView());
    fixture.componentRef.setInput('lang', 'nl');
    await fixture.whenStable();
    const canvas = (fixture.nativeElement as HTMLElement).querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toBe('Staafdiagram: vraag per vaardigheid.');
    expect(getContext).toHaveBeenCalledWith('2d');
    fixture.destroy();
    getContext.mockRestore();
  });
});
