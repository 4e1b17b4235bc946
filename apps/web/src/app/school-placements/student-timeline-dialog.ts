import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { StudentTimelineEntry } from '@techzone/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { timelineEventKey } from '../shared/placements/placement-logic';
import { PlacementsApi } from '../shared/placements/placements.api';

export interface StudentTimelineData {
  schoolId: string;
  studentId: string;
  studentName: string;
}

/** A student's search and placement step by step (applications and placement events), for the coordinator. */
@Component({
  selector: 'tz-student-timeline-dialog',
  imports: [DatePipe, MatButtonModule, MatDialogModule, MatProgressSpinnerModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'schoolPlacements.timeline.title' | transloco: { name: data.studentName } }}</h2>
    <mat-dialog-content>
      @if (timeline.hasValue()) {
        @if (timeline.value().length === 0) {
          <p>{{ 'schoolPlacements.timeline.empty' | transloco }}</p>
        } @else {
          <ol class="timeline" data-testid="student-timeline">
            @for (entry of timeline.value(); track $index) {
              <li>
                <time [attr.datetime]="entry.at">{{ entry.at | date: 'medium' : undefined : lang() }}</time>
                <p>
                  <strong>{{ 'schoolPlacements.timeline.kinds.' + entry.kind | transloco }}:</strong>
                  {{ eventKey(entry.kind, entry.event) | transloco }}
                </p>
                <p class="where">
                  {{ entry.companyName }}
                  @if (entry.vacancyTitle) {
                    · {{ entry.vacancyTitle }}
                  }
                </p>
                @if (entry.note && entry.kind === 'placement') {
                  <p class="where">{{ entry.note }}</p>
                }
              </li>
            }
          </ol>
        }
      } @else if (timeline.error()) {
        <p class="tz-form-error" role="alert">{{ 'errors.unexpected' | transloco }}</p>
      } @else {
        <mat-spinner diameter="32" [attr.aria-label]="'common.loading' | transloco" />
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button type="button" mat-flat-button mat-dialog-close>
        {{ 'schoolPlacements.timeline.close' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .timeline {
      margin: 0;
      padding: 0 0 0 16px;
      border-left: 2px solid var(--mat-sys-outline-variant);
      list-style: none;
    }
    li {
      margin-bottom: 12px;
    }
    time,
    .where {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    p {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StudentTimelineDialog {
  private readonly api = inject(PlacementsApi);
  protected readonly data = inject<StudentTimelineData>(MAT_DIALOG_DATA);
  protected readonly lang = inject(LanguageService).lang;
  protected readonly timeline = httpResource<StudentTimelineEntry[]>(() =>
    this.api.timelineUrl(this.data.schoolId, this.data.studentId),
  );
  protected readonly eventKey = timelineEventKey;
}
