import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { OrganizationProfileResponse } from '@techzone/contracts';
import { finalize } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { LOGO_TYPES, logoProblem } from './logo';
import { OrganizationApi } from './organization.api';

/** The logo: choose an image (PNG, JPEG or WebP, at most 512 KB), see it, upload it, or remove it. */
@Component({
  selector: 'tz-organization-logo',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  template: `
    <div class="logo-row">
      <div class="preview">
        @if (previewUrl(); as url) {
          <img [src]="url" [alt]="'organization.logo.previewAlt' | transloco" />
        } @else if (hasLogo()) {
          <img [src]="logoUrl()" [alt]="'organization.logo.alt' | transloco: { name: organization().name }" />
        } @else {
          <span class="none">{{ 'organization.logo.none' | transloco }}</span>
        }
      </div>
      <div class="controls">
        <input
          #file
          id="logo-file"
          class="tz-visually-hidden"
          type="file"
          [accept]="accept"
          (change)="choose(file.files)"
        />
        <label for="logo-file" class="tz-visually-hidden">{{ 'organization.logo.choose' | transloco }}</label>
        <button type="button" mat-stroked-button (click)="file.click()">
          <mat-icon aria-hidden="true" svgIcon="image" />
          {{ 'organization.logo.choose' | transloco }}
        </button>
        @if (chosen()) {
          <button type="button" mat-flat-button [disabled]="busy()" (click)="upload()">
            {{ 'organization.logo.upload' | transloco }}
          </button>
          <button type="button" mat-button (click)="reset(file)">{{ 'common.cancel' | transloco }}</button>
        } @else if (hasLogo()) {
          <button type="button" mat-button [disabled]="busy()" (click)="remove()">
            {{ 'organization.logo.remove' | transloco }}
          </button>
        }
        <p class="hint">{{ 'organization.logo.hint' | transloco }}</p>
        @if (problem(); as problem) {
          <p class="error" role="alert">{{ problem.key | transloco: problem.params }}</p>
        }
      </div>
    </div>
  `,
  styles: `
    .logo-row {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: flex-start;
    }
    .preview {
      display: grid;
      place-items: center;
      width: 120px;
      height: 120px;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: #fff;
      overflow: hidden;
    }
    .preview img {
      max-width: 100%;
      max-height: 100%;
      object-fit: contain;
    }
    .none,
    .hint {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      text-align: center;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      flex: 1 1 220px;
    }
    .hint,
    .error {
      flex-basis: 100%;
      margin: 0;
      text-align: left;
    }
    .error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationLogo {
  private readonly api = inject(OrganizationApi);

  readonly organization = input.required<OrganizationProfileResponse>();
  /** The logo changed: hasLogo is true or false now. */
  readonly changed = output<boolean>();

  protected readonly accept = LOGO_TYPES.join(',');
  protected readonly chosen = signal<File | null>(null);
  protected readonly previewUrl = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<TranslatableMessage | null>(null);
  /** Bumped after an upload so the browser fetches the new image instead of its cached one. */
  private readonly version = signal(0);
  private readonly uploaded = signal<boolean | null>(null);
  protected readonly hasLogo = computed(() => this.uploaded() ?? this.organization().hasLogo);
  protected readonly logoUrl = computed(() => `${this.api.url(this.organization().id, '/logo')}?v=${this.version()}`);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.revokePreview());
  }

  protected choose(files: FileList | null): void {
    const file = files?.item(0) ?? null;
    this.problem.set(null);
    this.revokePreview();
    if (!file) {
      this.chosen.set(null);
      return;
    }
    const problem = logoProblem(file);
    if (problem) {
      this.chosen.set(null);
      this.problem.set({ key: problem });
      return;
    }
    this.chosen.set(file);
    this.previewUrl.set(URL.createObjectURL(file));
  }

  protected reset(input: HTMLInputElement): void {
    input.value = '';
    this.chosen.set(null);
    this.revokePreview();
  }

  protected upload(): void {
    const file = this.chosen();
    if (!file || this.busy()) {
      return;
    }
    this.busy.set(true);
    this.api
      .uploadLogo(this.organization().id, file)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          this.chosen.set(null);
          this.revokePreview();
          this.uploaded.set(true);
          this.version.update((version) => version + 1);
          this.changed.emit(true);
        },
        error: (error: unknown) => this.problem.set(mapApiError(error).form[0] ?? { key: 'errors.unexpected' }),
      });
  }

  protected remove(): void {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.api
      .deleteLogo(this.organization().id)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          this.uploaded.set(false);
          this.changed.emit(false);
        },
        error: (error: unknown) => this.problem.set(mapApiError(error).form[0] ?? { key: 'errors.unexpected' }),
      });
  }

  private revokePreview(): void {
    const url = this.previewUrl();
    if (url) {
      URL.revokeObjectURL(url);
      this.previewUrl.set(null);
    }
  }
}
