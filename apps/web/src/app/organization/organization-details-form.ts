import { ChangeDetectionStrategy, Component, inject, input, OnInit, output, signal } from '@angular/core';
import {
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  COMPANY_SIZES,
  CompanySize,
  ORGANIZATION_LIMITS,
  OrganizationProfileResponse,
  QualificationResponse,
} from '@techzone/contracts';
import { finalize } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { applyServerErrors, ControlErrorPipe, kvkNumberValidator } from '../core/forms/control-error';
import { LabelPipe } from '../shared/label';
import { PlaceAutocomplete, PlaceOption } from '../shared/place-autocomplete';
import { QualificationAutocomplete } from '../shared/qualification-autocomplete';
import { TaxonomyService } from '../shared/taxonomy.service';
import {
  AccreditationFormValue,
  LocationFormValue,
  ORGANIZATION_FIELDS,
  organizationFormToRequest,
  OrganizationFormValue,
  organizationToFormValue,
} from './organization-form';
import { OrganizationApi } from './organization.api';

type LocationGroup = FormGroup<{ place: FormControl<PlaceOption | null>; address: FormControl<string> }>;
type AccreditationGroup = FormGroup<{
  crebo: FormControl<string>;
  nl: FormControl<string>;
  en: FormControl<string>;
  since: FormControl<Date | null>;
  until: FormControl<Date | null>;
}>;

/** Edit the organisation's profile (organization.manageOwn): texts, sector, size, registration, locations, accreditations. */
@Component({
  selector: 'tz-organization-details-form',
  imports: [
    ControlErrorPipe,
    LabelPipe,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    PlaceAutocomplete,
    QualificationAutocomplete,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './organization-details-form.html',
  styleUrl: './organization-details-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationDetailsForm implements OnInit {
  private readonly api = inject(OrganizationApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly taxonomy = inject(TaxonomyService);

  readonly organization = input.required<OrganizationProfileResponse>();
  readonly saved = output<OrganizationProfileResponse>();

  protected readonly limits = ORGANIZATION_LIMITS;
  protected readonly sizes = COMPANY_SIZES;
  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(ORGANIZATION_LIMITS.nameMax)]],
    description: ['', Validators.maxLength(ORGANIZATION_LIMITS.descriptionMax)],
    sectorCode: this.fb.control<string | null>(null),
    website: ['', [Validators.maxLength(ORGANIZATION_LIMITS.websiteMax), Validators.pattern(/^https?:\/\/\S+$/)]],
    size: this.fb.control<CompanySize | null>(null),
    kvkNumber: ['', [kvkNumberValidator]],
    brinCode: ['', Validators.maxLength(20)],
    locations: this.fb.array<LocationGroup>([]),
    accreditations: this.fb.array<AccreditationGroup>([]),
  });
  protected readonly saving = signal(false);
  protected readonly formErrors = signal<TranslatableMessage[]>([]);
  protected readonly listErrors = signal<{ locations?: TranslatableMessage; accreditations?: TranslatableMessage }>({});

  constructor() {
    this.taxonomy.sectors.load();
  }

  ngOnInit(): void {
    this.show(this.organization());
  }

  protected get locations(): FormArray<LocationGroup> {
    return this.form.controls.locations;
  }

  protected get accreditations(): FormArray<AccreditationGroup> {
    return this.form.controls.accreditations;
  }

  protected isCompany(): boolean {
    return this.organization().kind === 'company';
  }

  protected addLocation(): void {
    if (this.locations.length < ORGANIZATION_LIMITS.locationsMax) {
      this.locations.push(this.locationGroup({ place: null, address: '' }));
      this.form.markAsDirty();
    }
  }

  protected removeLocation(index: number): void {
    this.locations.removeAt(index);
    this.form.markAsDirty();
  }

  protected addAccreditation(item: QualificationResponse): void {
    if (this.accreditations.controls.some((group) => group.controls.crebo.value === item.crebo)) {
      return;
    }
    if (this.accreditations.length < ORGANIZATION_LIMITS.accreditationsMax) {
      this.accreditations.push(
        this.accreditationGroup({ crebo: item.crebo, nl: item.nl, en: item.en, since: null, until: null }),
      );
      this.form.markAsDirty();
    }
  }

  protected removeAccreditation(index: number): void {
    this.accreditations.removeAt(index);
    this.form.markAsDirty();
  }

  protected accreditationCrebos(): string[] {
    return this.accreditations.controls.map((group) => group.controls.crebo.value);
  }

  protected save(): void {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formErrors.set([{ key: 'errors.badRequest' }]);
      return;
    }
    const organization = this.organization();
    this.saving.set(true);
    this.formErrors.set([]);
    this.listErrors.set({});
    this.api
      .update(
        organization.id,
        organizationFormToRequest(this.form.getRawValue() as OrganizationFormValue, organization.kind),
      )
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (updated) => {
          this.show(updated);
          this.saved.emit(updated);
          this.snackBar.open(this.transloco.translate('organization.edit.saved'), undefined, { duration: 5000 });
        },
        error: (error: unknown) => {
          const mapped = mapApiError(error, { fields: ORGANIZATION_FIELDS });
          const { locations, accreditations, ...fields } = mapped.fields;
          applyServerErrors(this.form.controls, fields);
          this.listErrors.set({ locations, accreditations });
          this.formErrors.set(mapped.form.length > 0 ? mapped.form : [{ key: 'errors.badRequest' }]);
        },
      });
  }

  private show(organization: OrganizationProfileResponse): void {
    const value = organizationToFormValue(organization);
    this.locations.clear();
    for (const location of value.locations) {
      this.locations.push(this.locationGroup(location));
    }
    this.accreditations.clear();
    for (const accreditation of value.accreditations) {
      this.accreditations.push(this.accreditationGroup(accreditation));
    }
    this.form.reset(value);
    if (organization.kind === 'company') {
      this.form.controls.kvkNumber.addValidators(Validators.required);
    }
  }

  private locationGroup(value: LocationFormValue): LocationGroup {
    return this.fb.group({
      place: new FormControl<PlaceOption | null>(value.place, Validators.required),
      address: [value.address, Validators.maxLength(ORGANIZATION_LIMITS.addressMax)],
    });
  }

  private accreditationGroup(value: AccreditationFormValue): AccreditationGroup {
    return this.fb.group({
      crebo: [value.crebo],
      nl: [value.nl],
      en: [value.en],
      since: this.fb.control<Date | null>(value.since, Validators.required),
      until: this.fb.control<Date | null>(value.until),
    });
  }
}
