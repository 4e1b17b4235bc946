import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { REPORT_CATEGORIES, ReportCategory } from '@techzone/contracts';
import { TranslatableMessage } from '../../core/api/translatable';
import { ControlErrorPipe } from '../../core/forms/control-error';
import { actionErrors } from './placement-errors';
import { PlacementsApi } from './placements.api';

export interface MisconductDialogData {
  companyId: string;
  companyName: string;
}

const DESCRIPTION_MAX = 2000;

/**
 * A student reports discrimination or other misconduct by a company: a category, optionally what happened, send.
 * Only their school and the program office see it, never the company.
 */
@Component({
  selector: 'tz-misconduct-dialog',
  imports: [
    ControlErrorPipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'reports.dialog.title' | transloco: { company: data.companyName } }}</h2>
    @if (sent()) {
      <mat-dialog-content>
        <div class="tz-notice" role="status" data-testid="report-sent">
          <mat-icon aria-hidden="true" svgIcon="verified_user" />
          <p>{{ 'reports.dialog.sent' | transloco: { company: data.companyName } }}</p>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button type="button" mat-flat-button mat-dialog-close cdkFocusInitial>
          {{ 'reports.dialog.close' | transloco }}
        </button>
      </mat-dialog-actions>
    } @else {
      <form [formGroup]="form" (ngSubmit)="send()" novalidate>
        <mat-dialog-content>
          <p>{{ 'reports.dialog.intro' | transloco }}</p>
          <p id="report-category-label" class="label">{{ 'reports.dialog.category' | transloco }}</p>
          <mat-radio-group
            class="categories"
            formControlName="category"
            aria-labelledby="report-category-label"
            required
          >
            @for (category of categories; track category) {
              <mat-radio-button [value]="category">{{ 'reports.categories.' + category | transloco }}</mat-radio-button>
            }
          </mat-radio-group>
          @if (form.controls.category.touched && form.controls.category.invalid) {
            <p class="error" role="alert">{{ 'reports.dialog.categoryRequired' | transloco }}</p>
          }
          <mat-form-field class="description">
            <mat-label>{{ 'reports.dialog.description' | transloco }}</mat-label>
            <textarea matInput formControlName="description" rows="4" [maxlength]="max"></textarea>
            <mat-hint>{{ 'reports.dialog.descriptionHint' | transloco }}</mat-hint>
            @if (form.controls.description.errors | tzControlError; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          <p class="privacy">{{ 'reports.dialog.privacy' | transloco }}</p>
          @if (errors().length > 0) {
            <div class="tz-form-error" role="alert">
              @for (message of errors(); track message.key) {
                <p>{{ message.key | transloco: message.params }}</p>
              }
            </div>
          }
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button type="button" mat-button mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
          <button type="submit" mat-flat-button [disabled]="sending()" [attr.aria-busy]="sending()">
            {{ 'reports.dialog.send' | transloco }}
          </button>
        </mat-dialog-actions>
      </form>
    }
  `,
  styles: `
    .label {
      margin: 12px 0 4px;
      font-weight: 700;
    }
    .categories {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
    }
    .error {
      margin: 4px 0 0;
      color: var(--mat-sys-error);
    }
    .description {
      width: 100%;
      margin-top: 12px;
    }
    .privacy {
      margin: 8px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .tz-notice p,
    .tz-form-error p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MisconductDialog {
  private readonly api = inject(PlacementsApi);
  protected readonly data = inject<MisconductDialogData>(MAT_DIALOG_DATA);

  protected readonly categories = REPORT_CATEGORIES;
  protected readonly max = DESCRIPTION_MAX;
  protected readonly form = new FormGroup({
    category: new FormControl<ReportCategory | null>(null, { validators: Validators.required }),
    description: new FormControl('', { nonNullable: true, validators: Validators.maxLength(DESCRIPTION_MAX) }),
  });
  protected readonly sending = signal(false);
  protected readonly sent = signal(false);
  protected readonly errors = signal<TranslatableMessage[]>([]);

  protected send(): void {
    const { category, description } = this.form.getRawValue();
    if (!category || this.form.invalid || this.sending()) {
      this.form.markAllAsTouched();
      return;
    }
    this.sending.set(true);
    this.errors.set([]);
    this.api
      .reportMisconduct({ companyId: this.data.companyId, category, description: description.trim() || null })
      .subscribe({
        next: () => {
          this.sending.set(false);
          this.sent.set(true);
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.errors.set(actionErrors(error));
        },
      });
  }
}

/** Opens the report dialog for a company. */
export function openMisconductDialog(dialog: MatDialog, data: MisconductDialogData): void {
  dialog.open(MisconductDialog, { data, width: '520px', maxWidth: 'calc(100vw - 32px)', autoFocus: 'first-tabbable' });
}
