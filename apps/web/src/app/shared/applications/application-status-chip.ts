import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApplicationStatus } from '@techzone/contracts';
import { applicationStatusClass } from './application-status';

/** The status of an application as a coloured chip with its translated label. */
@Component({
  selector: 'tz-application-status-chip',
  imports: [TranslocoPipe],
  template: `<span [class]="classes()" data-testid="application-status">{{
    'applications.statuses.' + status() | transloco
  }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicationStatusChip {
  readonly status = input.required<ApplicationStatus>();
  protected readonly classes = computed(() => applicationStatusClass(this.status()));
}
