import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { SectorResponse } from '@techzone/contracts';
import { LabelPipe } from '../../shared/label';
import { TaxonomyAdminApi } from './taxonomy-admin.api';
import { TaxonomyDialogSubmit } from './taxonomy-dialog-submit';
import {
  SECTOR_CODE_PATTERN,
  SECTOR_LEVELS,
  sectorCodeFitsLevel,
  sectorFormToInput,
  sectorFormToUpdate,
  SectorFormValue,
  SectorLevel,
  sectorParentOptions,
  sectorToForm,
  TAXONOMY_LIMITS,
} from './taxonomy-editor';
import { TaxonomyErrorPipe } from './taxonomy-error.pipe';

export interface SectorDialogData {
  /** null: a new sector. */
  sector: SectorResponse | null;
  sectors: readonly SectorResponse[];
}

const FIELDS = ['code', 'parent', 'nl', 'en', 'level'] as const;

/** The code fits the level (a letter for a section, two digits for a division, three for a group). */
function levelValidator(group: AbstractControl): ValidationErrors | null {
  const { code, level } = group.value as Partial<SectorFormValue>;
  return code && level && SECTOR_CODE_PATTERN.test(code) && !sectorCodeFitsLevel(code, level)
    ? { levelMismatch: true }
    : null;
}

/** Add an SBI sector (section, division or group) or rename one; code, level and place in the tree stay. */
@Component({
  selector: 'tz-sector-dialog',
  imports: [
    LabelPipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TaxonomyErrorPipe,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>
      {{
        (data.sector ? 'admin.taxonomy.sectors.editTitle' : 'admin.taxonomy.sectors.newTitle')
          | transloco: { code: data.sector?.code ?? '' }
      }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (submit.formErrors().length > 0) {
          <div class="tz-form-error" role="alert">
            @for (message of submit.formErrors(); track message.key) {
              <p>{{ message.key | transloco: message.params }}</p>
            }
          </div>
        }
        <div class="form">
          <div class="row">
            <mat-form-field>
              <mat-label>{{ 'admin.taxonomy.fields.sectorLevel' | transloco }}</mat-label>
              <mat-select formControlName="level" required>
                @for (level of levels; track level) {
                  <mat-option [value]="level">{{ 'admin.taxonomy.sectorLevels.' + level | transloco }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'admin.taxonomy.fields.sbiCode' | transloco }}</mat-label>
              <input matInput formControlName="code" required autocomplete="off" maxlength="3" cdkFocusInitial />
              <mat-hint>{{ 'admin.taxonomy.formats.sectorCode' | transloco }}</mat-hint>
              @if (form.controls.code.errors | tzTaxonomyError: 'code'; as error) {
                <mat-error>{{ error.key | transloco: error.params }}</mat-error>
              }
            </mat-form-field>
          </div>
          @if (form.errors?.['levelMismatch'] && form.controls.code.touched) {
            <p class="field-error" role="alert">{{ 'errors.codes.levelMismatch' | transloco }}</p>
          }
          @if (level() !== 'section') {
            <mat-form-field>
              <mat-label>{{ 'admin.taxonomy.fields.parentSector' | transloco }}</mat-label>
              <mat-select formControlName="parent" required>
                @for (parent of parents(); track parent.code) {
                  <mat-option [value]="parent.code">{{ parent.code }} · {{ parent | tzLabel }}</mat-option>
                }
              </mat-select>
              @if (form.controls.parent.errors | tzTaxonomyError: 'parent'; as error) {
                <mat-error>{{ error.key | transloco: error.params }}</mat-error>
              }
            </mat-form-field>
          }
          <mat-form-field>
            <mat-label>{{ 'admin.taxonomy.fields.nl' | transloco }}</mat-label>
            <input matInput formControlName="nl" required lang="nl" [maxlength]="limits.sectorName" />
            @if (form.controls.nl.errors | tzTaxonomyError: 'nl'; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'admin.taxonomy.fields.en' | transloco }}</mat-label>
            <input matInput formControlName="en" required lang="en" [maxlength]="limits.sectorName" />
            @if (form.controls.en.errors | tzTaxonomyError: 'en'; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button type="button" mat-button mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button type="submit" mat-flat-button [disabled]="submit.saving()" [attr.aria-busy]="submit.saving()">
          {{ 'common.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './taxonomy-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectorDialog {
  protected readonly data = inject<SectorDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<SectorDialog, SectorResponse>>(MatDialogRef);
  private readonly api = inject(TaxonomyAdminApi);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly limits = TAXONOMY_LIMITS;
  protected readonly levels = SECTOR_LEVELS;
  private readonly initial = sectorToForm(this.data.sector);
  private readonly editing = this.data.sector !== null;
  protected readonly form = this.fb.group(
    {
      level: this.fb.control<SectorLevel>({ value: this.initial.level, disabled: this.editing }),
      code: this.fb.control(
        { value: this.initial.code, disabled: this.editing },
        { validators: [Validators.required, Validators.pattern(SECTOR_CODE_PATTERN)] },
      ),
      parent: this.fb.control<string | null>(
        { value: this.initial.parent, disabled: this.editing },
        this.initial.level === 'section' ? [] : [Validators.required],
      ),
      nl: [this.initial.nl, [Validators.required, Validators.maxLength(TAXONOMY_LIMITS.sectorName)]],
      en: [this.initial.en, [Validators.required, Validators.maxLength(TAXONOMY_LIMITS.sectorName)]],
    },
    { validators: levelValidator },
  );
  protected readonly level = toSignal(this.form.controls.level.valueChanges, { initialValue: this.initial.level });
  protected readonly parents = computed(() => sectorParentOptions(this.data.sectors, this.level()));
  protected readonly submit = new TaxonomyDialogSubmit(this.form, this.dialogRef, FIELDS, 'code');

  constructor() {
    // Another level: another kind of parent (and none for a section).
    this.form.controls.level.valueChanges.pipe(takeUntilDestroyed()).subscribe((level) => {
      const parent = this.form.controls.parent;
      parent.setValidators(level === 'section' ? [] : [Validators.required]);
      parent.setValue(null);
    });
  }

  protected save(): void {
    const existing = this.data.sector;
    this.submit.run(() => {
      const value = this.form.getRawValue() as SectorFormValue;
      return existing
        ? this.api.updateSector(existing.code, sectorFormToUpdate(value))
        : this.api.createSector(sectorFormToInput(value));
    });
  }
}
