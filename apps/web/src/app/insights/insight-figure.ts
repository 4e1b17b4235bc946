import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { Locale, RegionInsightsResponse } from '@techzone/contracts';
import { saveBlob } from '../shared/placements/placements.api';
import { InsightChart } from './insight-chart';
import { chartHeight, figureJson, FigureView } from './insights';

/**
 * One figure of "De regio in cijfers": its title, the chart, the same numbers as a table (for screen readers and
 * for anyone who wants the exact values) and the downloads: the API's CSV and the figure's rows as JSON.
 *
 * A plain semantic table rather than mat-table: it needs a caption and row headers (`<th scope="row">`), which
 * mat-table does not give; it borrows Material's type scale and colours.
 */
@Component({
  selector: 'tz-insight-figure',
  imports: [InsightChart, MatButtonModule, MatIconModule, TranslocoPipe],
  host: { 'data-testid': 'insight-figure', '[attr.data-figure]': 'view().figure' },
  template: `
    @let figure = view();
    <section class="figure" [attr.aria-labelledby]="headingId()">
      <div class="head">
        <h3 [id]="headingId()">{{ figure.title }}</h3>
        <div class="downloads">
          <a
            mat-stroked-button
            [href]="csvHref()"
            download
            [attr.aria-label]="'insights.download.csvLabel' | transloco: { title: figure.title }"
          >
            <mat-icon aria-hidden="true" svgIcon="download" />
            {{ 'insights.download.csv' | transloco }}
          </a>
          <button
            type="button"
            mat-stroked-button
            [attr.aria-label]="'insights.download.jsonLabel' | transloco: { title: figure.title }"
            (click)="downloadJson()"
          >
            <mat-icon aria-hidden="true" svgIcon="download" />
            {{ 'insights.download.json' | transloco }}
          </button>
        </div>
      </div>
      @if (figure.chart; as chart) {
        <!-- Chart.js (its own chunk) loads when a chart scrolls into view; until then its place is kept. -->
        @defer (on viewport) {
          <tz-insight-chart [view]="chart" [lang]="lang()" />
        } @placeholder {
          <div class="chart-placeholder" [style.height.px]="chartHeight(chart)"></div>
        }
      }
      @if (figure.table.rows.length === 0) {
        <p class="empty">{{ 'insights.noData' | transloco }}</p>
      } @else {
        <div class="table-scroll">
          <table class="numbers">
            <caption>
              {{
                'insights.tableCaption' | transloco: { title: figure.title }
              }}
            </caption>
            <thead>
              <tr>
                @for (column of figure.table.columns; track $index) {
                  <th scope="col" [class.num]="column.numeric">{{ column.label }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row of figure.table.rows; track $index) {
                <tr>
                  @for (cell of row; track $index) {
                    @if ($index < figure.table.rowHeaders) {
                      <th scope="row">{{ cell.text }}</th>
                    } @else {
                      <td [class.num]="figure.table.columns[$index].numeric">
                        @if (cell.spoken) {
                          <span aria-hidden="true">{{ cell.text }}</span>
                          <span class="tz-visually-hidden">{{ cell.spoken }}</span>
                        } @else {
                          {{ cell.text }}
                        }
                      </td>
                    }
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .figure {
      display: flex;
      flex-direction: column;
      gap: 12px;
      height: 100%;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: center;
      justify-content: space-between;
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .downloads {
      display: flex;
      gap: 8px;
    }
    .empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .table-scroll {
      overflow-x: auto;
    }
    .numbers {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    caption {
      padding-bottom: 4px;
      text-align: start;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    th,
    td {
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
    }
    thead th {
      font-weight: 500;
      color: var(--mat-sys-on-surface-variant);
    }
    tbody th {
      font-weight: 400;
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InsightFigureCard {
  readonly view = input.required<FigureView>();
  readonly data = input.required<RegionInsightsResponse>();
  readonly csvHref = input.required<string>();
  readonly lang = input.required<Locale>();

  protected readonly headingId = computed(() => `figure-${this.view().figure}`);
  protected readonly chartHeight = chartHeight;

  protected downloadJson(): void {
    const blob = new Blob([figureJson(this.view(), this.data())], { type: 'application/json' });
    saveBlob(blob, `techzone-${this.view().figure}.json`);
  }
}
