import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MembershipRole, PlacementAction, PlacementResponse } from '@techzone/contracts';
import { filter, Observable, switchMap } from 'rxjs';
import { apiErrorStatus, mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { AuthService } from '../core/auth/auth.service';
import { ControlErrorPipe } from '../core/forms/control-error';
import { LanguageService } from '../core/i18n/language.service';
import { NotificationsService } from '../core/notifications/notifications.service';
import { confirmAction } from '../shared/confirm-dialog';
import { openMisconductDialog } from '../shared/placements/misconduct-dialog';
import { actionErrors } from '../shared/placements/placement-errors';
import { PlacementStatusChip } from '../shared/placements/placement-status-chip';
import { PlacementsApi } from '../shared/placements/placements.api';
import { AgreementSection } from './agreement-section';
import { EvaluationsSection } from './evaluations-section';
import { HoursSection } from './hours-section';
import { PersonPicker } from './person-picker';
import { PlacementChecks } from './placement-checks';
import { PlacementTimeline } from './placement-timeline';
import { ProblemsSection } from './problems-section';

type Viewer = 'student' | 'company' | 'school';

const SCHOOL_GUIDES: readonly MembershipRole[] = ['coordinator', 'supervisor'];
const COMPANY_MENTORS: readonly MembershipRole[] = ['owner', 'recruiter', 'mentor'];

/**
 * /stages/:id: one placement for each of its parties (student, company, school). What a viewer can do follows the
 * API's `actions`: the school checks and approves, people are assigned, the agreement is drawn up and signed, hours
 * are logged and approved, evaluations written and co-signed, and the school completes or ends the placement.
 */
@Component({
  selector: 'tz-placement-detail-page',
  imports: [
    AgreementSection,
    ControlErrorPipe,
    DatePipe,
    EvaluationsSection,
    HoursSection,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    PersonPicker,
    PlacementChecks,
    PlacementStatusChip,
    PlacementTimeline,
    ProblemsSection,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './placement-detail-page.html',
  styleUrl: './placement-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlacementDetailPage {
  private readonly api = inject(PlacementsApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly notifications = inject(NotificationsService);
  protected readonly lang = inject(LanguageService).lang;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly placement = httpResource<PlacementResponse>(() => this.api.url(this.id()));
  protected readonly notFound = computed(() => {
    const status = apiErrorStatus(this.placement.error());
    return status === 404 || status === 400;
  });
  protected readonly loadError = computed(() => {
    const error = this.placement.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly viewer = computed<Viewer>(() => {
    const user = this.auth.user();
    const p = this.placement.hasValue() ? this.placement.value() : null;
    if (user && p && user.id === p.student.id) {
      return 'student';
    }
    return user?.memberships.some((m) => m.kind === 'company' && m.organizationId === p?.company.id)
      ? 'company'
      : 'school';
  });
  protected readonly backLink = computed(() => {
    switch (this.viewer()) {
      case 'student':
        return '/stages';
      case 'company':
        return '/bedrijf/stages';
      case 'school':
        return this.auth.user()?.permissions.includes('placement.coordinate') ? '/school/stages' : '/home';
    }
  });
  protected readonly schoolGuides = SCHOOL_GUIDES;
  protected readonly companyMentors = COMPANY_MENTORS;
  protected readonly reason = new FormControl('', { nonNullable: true, validators: Validators.required });
  /** Binds the <form> so that Angular handles its submit (no native page submit). */
  protected readonly terminateForm = new FormGroup({ reason: this.reason });
  protected readonly terminating = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<TranslatableMessage[]>([]);

  protected can(action: PlacementAction): boolean {
    return this.placement.hasValue() && this.placement.value().actions.includes(action);
  }

  protected updated(placement: PlacementResponse): void {
    this.placement.set(placement);
    this.notifications.refresh();
  }

  protected reload(): void {
    this.placement.reload();
    this.notifications.refresh();
  }

  protected report(): void {
    if (!this.placement.hasValue()) {
      return;
    }
    const company = this.placement.value().company;
    openMisconductDialog(this.dialog, { companyId: company.id, companyName: company.name });
  }

  protected complete(): void {
    const p = this.placement.value();
    if (!p) {
      return;
    }
    this.confirmed(
      {
        titleKey: 'placements.complete.confirmTitle',
        textKey: 'placements.complete.confirmText',
        confirmKey: 'placements.complete.action',
        params: { student: p.student.name, company: p.company.name },
      },
      () => this.api.complete(p.id),
      'placements.complete.done',
      'placements.complete.notYet',
    );
  }

  protected terminate(): void {
    const p = this.placement.value();
    const reason = this.reason.value.trim();
    if (!p) {
      return;
    }
    if (!reason) {
      this.reason.setErrors({ required: true });
      this.reason.markAsTouched();
      return;
    }
    this.confirmed(
      {
        titleKey: 'placements.terminate.confirmTitle',
        textKey: 'placements.terminate.confirmText',
        confirmKey: 'placements.terminate.action',
        params: { student: p.student.name, company: p.company.name },
      },
      () => this.api.terminate(p.id, reason),
      'placements.terminate.done',
      'placements.errors.state',
    );
  }

  private confirmed(
    confirm: Parameters<typeof confirmAction>[1],
    call: () => Observable<PlacementResponse>,
    doneKey: string,
    conflictKey: string,
  ): void {
    if (this.busy()) {
      return;
    }
    confirmAction(this.dialog, confirm)
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => {
          this.busy.set(true);
          this.errors.set([]);
          return call();
        }),
      )
      .subscribe({
        next: (placement) => {
          this.busy.set(false);
          this.terminating.set(false);
          this.updated(placement);
          this.snackBar.open(this.transloco.translate(doneKey), undefined, { duration: 5000 });
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.errors.set(actionErrors(error, { 409: conflictKey }));
        },
      });
  }
}
