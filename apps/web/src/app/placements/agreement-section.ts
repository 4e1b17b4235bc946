import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EMAIL_MAX_LENGTH, Locale, PlacementResponse } from '@techzone/contracts';
import { filter, Observable } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { applyServerErrors, ControlErrorPipe } from '../core/forms/control-error';
import { LanguageService } from '../core/i18n/language.service';
import { confirmAction } from '../shared/confirm-dialog';
import { AgreementContentView } from '../shared/placements/agreement-content';
import { actionErrors } from '../shared/placements/placement-errors';
import { guardianPending, signatureRows } from '../shared/placements/placement-logic';
import { AGREEMENT_FILE_NAMES, PlacementsApi, saveBlob } from '../shared/placements/placements.api';

/**
 * The placement agreement (praktijkovereenkomst, POK): drawn up by the coordinator once the placement is approved,
 * read by all parties (also as PDF, Dutch or English), signed by each party; a guardian signs through an e-mailed link.
 */
@Component({
  selector: 'tz-agreement-section',
  imports: [
    AgreementContentView,
    ControlErrorPipe,
    DatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    @let p = placement();
    @if (p.agreement; as agreement) {
      <p class="meta" data-testid="agreement-status">
        {{ 'placements.agreement.version' | transloco: { version: agreement.version } }} ·
        <strong>{{ 'placements.agreement.statuses.' + agreement.status | transloco }}</strong>
      </p>
      <tz-agreement-content [content]="agreement.content" />

      <div class="downloads">
        @for (locale of locales; track locale) {
          <button
            type="button"
            mat-stroked-button
            [disabled]="downloading()"
            [attr.data-testid]="'agreement-pdf-' + locale"
            (click)="download(locale)"
          >
            <mat-icon aria-hidden="true" svgIcon="download" />
            {{ 'placements.agreement.pdf.' + locale | transloco }}
          </button>
        }
      </div>

      <h3>{{ 'placements.agreement.signatures' | transloco }}</h3>
      <ul class="signatures" data-testid="agreement-signatures">
        @for (row of rows(); track row.party) {
          <li [attr.data-party]="row.party" [class.signed]="row.signature">
            <mat-icon aria-hidden="true" [svgIcon]="row.signature ? 'task_alt' : 'pending'" />
            <span>
              <strong>{{ 'placements.agreement.parties.' + row.party | transloco }}:</strong>
              @if (row.signature; as signature) {
                {{
                  'placements.agreement.signedBy'
                    | transloco
                      : {
                          name: signature.signerName,
                          date: (signature.signedAt | date: 'medium' : undefined : lang()),
                        }
                }}
              } @else {
                {{ 'placements.agreement.notSigned' | transloco }}
              }
            </span>
          </li>
        }
      </ul>

      @if (can('sign')) {
        <button type="button" mat-flat-button [disabled]="busy()" data-testid="sign-agreement" (click)="sign()">
          <mat-icon aria-hidden="true" svgIcon="draw" />
          {{ 'placements.agreement.sign' | transloco }}
        </button>
      }

      @if (guardianOpen()) {
        <section class="guardian" aria-labelledby="guardian-heading">
          <h3 id="guardian-heading">{{ 'placements.agreement.guardian.title' | transloco }}</h3>
          @if (agreement.guardianInvitation; as invitation) {
            <p data-testid="guardian-invitation">
              {{
                'placements.agreement.guardian.sent'
                  | transloco
                    : {
                        name: invitation.name,
                        email: invitation.email,
                        date: (invitation.expiresAt | date: 'longDate' : undefined : lang()),
                      }
              }}
            </p>
          }
          @if (can('invite_guardian')) {
            <p>{{ 'placements.agreement.guardian.intro' | transloco }}</p>
            <form class="guardian-form" [formGroup]="guardianForm" (ngSubmit)="invite()" novalidate>
              <mat-form-field>
                <mat-label>{{ 'placements.agreement.guardian.name' | transloco }}</mat-label>
                <input matInput formControlName="name" autocomplete="off" required maxlength="160" />
                @if (guardianForm.controls.name.errors | tzControlError; as error) {
                  <mat-error>{{ error.key | transloco: error.params }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'placements.agreement.guardian.email' | transloco }}</mat-label>
                <input
                  matInput
                  type="email"
                  formControlName="email"
                  autocomplete="off"
                  required
                  [maxlength]="emailMax"
                />
                @if (guardianForm.controls.email.errors | tzControlError; as error) {
                  <mat-error>{{ error.key | transloco: error.params }}</mat-error>
                }
              </mat-form-field>
              <button type="submit" mat-stroked-button [disabled]="busy()" data-testid="invite-guardian">
                {{
                  (agreement.guardianInvitation
                    ? 'placements.agreement.guardian.resend'
                    : 'placements.agreement.guardian.send'
                  ) | transloco
                }}
              </button>
            </form>
          }
        </section>
      }
    } @else {
      <p>{{ 'placements.agreement.none' | transloco }}</p>
    }

    @if (can('draw_agreement')) {
      <button type="button" mat-flat-button [disabled]="busy()" data-testid="draw-agreement" (click)="draw()">
        {{ (p.agreement ? 'placements.agreement.redraw' : 'placements.agreement.draw') | transloco }}
      </button>
    }

    @if (errors().length > 0) {
      <div class="tz-form-error" role="alert">
        @for (message of errors(); track message.key) {
          <p>{{ message.key | transloco: message.params }}</p>
        }
      </div>
    }
  `,
  styles: `
    .meta {
      margin: 0 0 12px;
    }
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
      margin: 16px 0;
    }
    h3 {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .signatures {
      margin: 0 0 16px;
      padding: 0;
      list-style: none;
    }
    .signatures li {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      margin-bottom: 6px;
    }
    .signatures mat-icon {
      flex: 0 0 auto;
      color: var(--mat-sys-on-surface-variant);
    }
    .signatures li.signed mat-icon {
      color: var(--mat-sys-primary);
    }
    .guardian {
      margin-top: 16px;
    }
    .guardian-form {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 12px;
    }
    .guardian-form mat-form-field {
      flex: 1 1 220px;
    }
    .tz-form-error {
      margin-top: 12px;
    }
    .tz-form-error p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementSection {
  private readonly api = inject(PlacementsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).lang;

  readonly placement = input.required<PlacementResponse>();
  /** The agreement changed (drawn, signed, guardian invited): the page reloads the placement. */
  readonly changed = output<void>();

  protected readonly locales: readonly Locale[] = ['nl', 'en'];
  protected readonly emailMax = EMAIL_MAX_LENGTH;
  protected readonly rows = computed(() => {
    const agreement = this.placement().agreement;
    return agreement ? signatureRows(agreement) : [];
  });
  protected readonly guardianOpen = computed(() => {
    const agreement = this.placement().agreement;
    return agreement !== null && guardianPending(agreement);
  });
  protected readonly guardianForm = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: Validators.required }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
  });
  protected readonly busy = signal(false);
  protected readonly downloading = signal(false);
  protected readonly errors = signal<TranslatableMessage[]>([]);

  protected can(action: PlacementResponse['actions'][number]): boolean {
    return this.placement().actions.includes(action);
  }

  protected draw(): void {
    this.run(this.api.drawAgreement(this.placement().id), 'placements.agreement.drawn');
  }

  protected sign(): void {
    const p = this.placement();
    confirmAction(this.dialog, {
      titleKey: 'placements.agreement.confirmSignTitle',
      textKey: 'placements.agreement.confirmSignText',
      confirmKey: 'placements.agreement.sign',
      params: { student: p.student.name, company: p.company.name },
    })
      .pipe(filter((confirmed) => confirmed === true))
      .subscribe(() => this.run(this.api.sign(p.id), 'placements.agreement.signed'));
  }

  protected invite(): void {
    if (this.guardianForm.invalid) {
      this.guardianForm.markAllAsTouched();
      return;
    }
    const value = this.guardianForm.getRawValue();
    this.run(
      this.api.inviteGuardian(this.placement().id, { name: value.name.trim(), email: value.email.trim() }),
      'placements.agreement.guardian.done',
      true,
    );
  }

  protected download(locale: Locale): void {
    this.downloading.set(true);
    this.errors.set([]);
    this.api.agreementPdf(this.placement().id, locale).subscribe({
      next: (blob) => {
        this.downloading.set(false);
        saveBlob(blob, AGREEMENT_FILE_NAMES[locale]);
      },
      error: (error: unknown) => {
        this.downloading.set(false);
        this.errors.set(actionErrors(error));
      },
    });
  }

  private run(call: Observable<unknown>, doneKey: string, guardian = false): void {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.errors.set([]);
    call.subscribe({
      next: () => {
        this.busy.set(false);
        if (guardian) {
          this.guardianForm.reset();
        }
        this.snackBar.open(this.transloco.translate(doneKey), undefined, { duration: 5000 });
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        if (guardian) {
          const mapped = mapApiError(error, { fields: ['name', 'email'] });
          applyServerErrors(this.guardianForm.controls, mapped.fields);
          this.errors.set(mapped.form);
        } else {
          this.errors.set(actionErrors(error));
        }
      },
    });
  }
}
