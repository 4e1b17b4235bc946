import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { VacancySummaryResponse } from '@techzone/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { LabelPipe } from './label';

/**
 * A vacancy in a list: title (link), company, place and distance, type, hours, start date and the top skills.
 * An element marked `tzCardBadge` goes into the head row (e.g. a match score); other content goes at the bottom.
 */
@Component({
  selector: 'tz-vacancy-card',
  imports: [DatePipe, DecimalPipe, LabelPipe, MatIconModule, RouterLink, TranslocoPipe],
  host: { 'data-testid': 'vacancy-card' },
  template: `
    @let v = vacancy();
    <article class="card">
      <div class="head">
        <span class="type">{{ 'vacancy.types.' + v.type | transloco }}</span>
        @if (showStatus()) {
          <span [class]="'tz-status tz-status-' + v.status">{{ 'vacancy.statuses.' + v.status | transloco }}</span>
        }
        <ng-content select="[tzCardBadge]" />
      </div>
      <h3 class="title">
        <a [routerLink]="['/vacatures', v.id]">{{ v.title }}</a>
      </h3>
      <p class="company">{{ v.company.name }}</p>
      <ul class="facts">
        <li>
          <mat-icon aria-hidden="true" svgIcon="location_on" />
          <span class="tz-visually-hidden">{{ 'vacancy.place' | transloco }}: </span>
          {{ v.place.name }}
          @if (v.place.municipality !== v.place.name) {
            <span class="muted">({{ v.place.municipality }})</span>
          }
          @if (v.distanceKm !== null) {
            · {{ 'vacancy.distance' | transloco: { km: (v.distanceKm | number: '1.0-1' : lang()) } }}
          }
        </li>
        <li>
          <mat-icon aria-hidden="true" svgIcon="schedule" />
          {{ 'vacancy.hoursPerWeek' | transloco: { hours: v.hoursPerWeek } }}
        </li>
        @if (v.startDate) {
          <li>
            <mat-icon aria-hidden="true" svgIcon="event" />
            {{ 'vacancy.startsOn' | transloco: { date: (v.startDate | date: 'mediumDate' : undefined : lang()) } }}
          </li>
        }
      </ul>
      @if (topSkills().length > 0) {
        <ul class="skills" [attr.aria-label]="'vacancy.skills' | transloco">
          @for (skill of topSkills(); track skill.code) {
            <li [class.must]="skill.importance === 'must'">{{ skill | tzLabel }}</li>
          }
        </ul>
      }
      <ng-content />
    </article>
  `,
  styles: `
    :host {
      display: block;
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: 6px;
      height: 100%;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .type {
      padding: 2px 10px;
      border-radius: 12px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      font: var(--mat-sys-label-medium);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .title a {
      text-decoration: none;
    }
    .title a:hover,
    .title a:focus-visible {
      text-decoration: underline;
    }
    .company {
      margin: 0;
      font-weight: 500;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 0;
      padding: 0;
      list-style: none;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .facts li {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .facts mat-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .skills {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin: 4px 0 0;
      padding: 0;
      list-style: none;
    }
    .skills li {
      padding: 2px 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      font: var(--mat-sys-label-medium);
    }
    .skills li.must {
      border-color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VacancyCard {
  protected readonly lang = inject(LanguageService).lang;

  readonly vacancy = input.required<VacancySummaryResponse>();
  /** Companies see the status of their own vacancies. */
  readonly showStatus = input(false);

  /** The must-have skills first, at most four. */
  protected readonly topSkills = computed(() =>
    [...this.vacancy().skills]
      .sort((a, b) => (a.importance === b.importance ? 0 : a.importance === 'must' ? -1 : 1))
      .slice(0, 4),
  );
}
