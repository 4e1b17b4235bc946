import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe, DOCUMENT } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  EMAIL_MAX_LENGTH,
  InvitationResponse,
  MembershipRole,
  OrganizationMemberResponse,
  OrganizationProfileResponse,
  rolesForKind,
} from '@techzone/contracts';
import { finalize } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { applyServerErrors, ControlErrorPipe } from '../core/forms/control-error';
import { LanguageService } from '../core/i18n/language.service';
import { OrganizationApi } from './organization.api';

/** The link an invited person opens (e-mail delivery comes later: for now the inviter passes it on). */
export function invitationLink(origin: string, token: string): string {
  return `${origin}/invitation/${encodeURIComponent(token)}`;
}

/** Members and invitations (organization.manageMembers): invite a colleague with a role of this kind of organisation. */
@Component({
  selector: 'tz-organization-members',
  imports: [
    ControlErrorPipe,
    DatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './organization-members.html',
  styleUrl: './organization-members.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationMembers {
  private readonly api = inject(OrganizationApi);
  private readonly clipboard = inject(Clipboard);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly origin = inject(DOCUMENT).location.origin;
  protected readonly lang = inject(LanguageService).lang;

  readonly organization = input.required<OrganizationProfileResponse>();

  protected readonly roles = computed(() => rolesForKind(this.organization().kind));
  protected readonly members = httpResource<OrganizationMemberResponse[]>(() =>
    this.api.url(this.organization().id, '/members'),
  );
  protected readonly invitations = httpResource<InvitationResponse[]>(() =>
    this.api.url(this.organization().id, '/invitations'),
  );
  protected readonly openInvitations = computed(() =>
    this.invitations.hasValue() ? this.invitations.value().filter((invitation) => !invitation.acceptedAt) : [],
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    role: inject(NonNullableFormBuilder).control<MembershipRole | null>(null, Validators.required),
  });
  protected readonly sending = signal(false);
  protected readonly formErrors = signal<TranslatableMessage[]>([]);
  protected readonly link = signal<{ email: string; url: string } | null>(null);
  private readonly formDirective = viewChild(FormGroupDirective);

  protected invite(): void {
    if (this.sending()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, role } = this.form.getRawValue();
    if (role === null) {
      return;
    }
    this.sending.set(true);
    this.formErrors.set([]);
    this.api
      .invite(this.organization().id, { email: email.trim(), role })
      .pipe(finalize(() => this.sending.set(false)))
      .subscribe({
        next: (invitation) => {
          this.link.set(
            invitation.token ? { email: invitation.email, url: invitationLink(this.origin, invitation.token) } : null,
          );
          // resetForm also clears "submitted", so the emptied e-mail field does not show "required".
          this.formDirective()?.resetForm({ email: '', role });
          this.invitations.reload();
        },
        error: (error: unknown) => {
          const mapped = mapApiError(error, { fields: ['email', 'role'] });
          applyServerErrors(this.form.controls, mapped.fields);
          this.formErrors.set(mapped.form);
        },
      });
  }

  protected copy(url: string): void {
    const copied = this.clipboard.copy(url);
    this.snackBar.open(
      this.transloco.translate(copied ? 'organization.members.copied' : 'organization.members.copyFailed'),
      undefined,
      { duration: 4000 },
    );
  }
}
