import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PlacementResponse } from '@techzone/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { PlacementStatusChip } from './placement-status-chip';

/** Placements as cards linking to /stages/:id (the student's and the company's lists). */
@Component({
  selector: 'tz-placement-list',
  imports: [DatePipe, PlacementStatusChip, RouterLink, TranslocoPipe],
  template: `
    <ul class="cards">
      @for (p of placements(); track p.id) {
        <li>
          <article class="card" data-testid="placement-card" [attr.data-id]="p.id">
            <tz-placement-status-chip [status]="p.status" />
            <h2 class="title">
              <a [routerLink]="['/stages', p.id]">
                {{ p.vacancy?.title ?? ('placements.detail.titleAt' | transloco: { company: p.company.name }) }}
              </a>
            </h2>
            <p>
              @if (showStudent()) {
                {{ p.student.name }} ·
              }
              {{ p.company.name }}
              @if (p.school) {
                · {{ p.school.name }}
              }
            </p>
            @if (p.startDate && p.endDate) {
              <p class="muted">
                {{
                  'placements.period'
                    | transloco
                      : {
                          start: (p.startDate | date: 'mediumDate' : undefined : lang()),
                          end: (p.endDate | date: 'mediumDate' : undefined : lang()),
                        }
                }}
              </p>
            }
            @if (p.actions.length > 0 && hasTodo(p)) {
              <p class="todo">{{ 'placements.list.todo' | transloco }}</p>
            }
          </article>
        </li>
      }
    </ul>
  `,
  styles: `
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
      gap: 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .card {
      height: 100%;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
    }
    .title {
      margin: 8px 0 4px;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    p {
      margin: 0 0 4px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .todo {
      margin-top: 8px;
      font-weight: 700;
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlacementList {
  protected readonly lang = inject(LanguageService).lang;
  readonly placements = input.required<readonly PlacementResponse[]>();
  readonly showStudent = input(false);

  /** Something waits for this viewer (beyond reporting a problem). */
  protected hasTodo(p: PlacementResponse): boolean {
    return p.actions.some((action) => action !== 'report_problem' && action !== 'edit');
  }
}
