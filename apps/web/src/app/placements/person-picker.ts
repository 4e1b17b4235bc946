import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { MembershipRole, OrganizationMemberResponse, PlacementResponse } from '@techzone/contracts';
import { TranslatableMessage } from '../core/api/translatable';
import { ControlErrorPipe } from '../core/forms/control-error';
import { actionErrors } from '../shared/placements/placement-errors';
import { PlacementsApi } from '../shared/placements/placements.api';

/** Picks the school's supervisor or the company's mentor for a placement from the organisation's members. */
@Component({
  selector: 'tz-person-picker',
  imports: [ControlErrorPipe, MatButtonModule, MatFormFieldModule, MatSelectModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <form class="picker" [formGroup]="form" (ngSubmit)="save()" novalidate [attr.data-testid]="who() + '-picker'">
      <mat-form-field>
        <mat-label>{{ 'placements.people.pick.' + who() | transloco }}</mat-label>
        <mat-select [formControl]="person" required>
          @for (member of candidates(); track member.userId) {
            <mat-option [value]="member.userId">
              {{ member.name }} ({{ 'roles.' + member.role | transloco }})
            </mat-option>
          }
        </mat-select>
        @if (person.errors | tzControlError; as error) {
          <mat-error>{{ error.key | transloco: error.params }}</mat-error>
        }
      </mat-form-field>
      <button type="submit" mat-stroked-button [disabled]="busy()" [attr.aria-busy]="busy()">
        {{ 'placements.people.assign' | transloco }}
      </button>
    </form>
    @if (errors().length > 0) {
      <div class="tz-form-error" role="alert">
        @for (message of errors(); track message.key) {
          <p>{{ message.key | transloco: message.params }}</p>
        }
      </div>
    }
  `,
  styles: `
    .picker {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 12px;
    }
    mat-form-field {
      flex: 1 1 220px;
      max-width: 360px;
    }
    .tz-form-error p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonPicker {
  private readonly api = inject(PlacementsApi);

  readonly placementId = input.required<string>();
  readonly who = input.required<'supervisor' | 'mentor'>();
  readonly organizationId = input.required<string>();
  readonly roles = input.required<readonly MembershipRole[]>();
  readonly changed = output<PlacementResponse>();

  private readonly members = httpResource<OrganizationMemberResponse[]>(() =>
    this.api.membersUrl(this.organizationId()),
  );
  protected readonly candidates = computed(() =>
    (this.members.hasValue() ? this.members.value() : []).filter((member) => this.roles().includes(member.role)),
  );
  protected readonly person = new FormControl<string | null>(null, { validators: Validators.required });
  /** Binds the <form> so that Angular handles its submit (no native page submit). */
  protected readonly form = new FormGroup({ person: this.person });
  protected readonly busy = signal(false);
  protected readonly errors = signal<TranslatableMessage[]>([]);

  protected save(): void {
    const userId = this.person.value;
    if (!userId || this.busy()) {
      this.person.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.errors.set([]);
    this.api.assign(this.placementId(), this.who(), userId).subscribe({
      next: (placement) => {
        this.busy.set(false);
        this.changed.emit(placement);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.errors.set(actionErrors(error));
      },
    });
  }
}
