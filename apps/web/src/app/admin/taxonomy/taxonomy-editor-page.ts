import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Labelled, QualificationResponse, SectorResponse, SkillResponse } from '@techzone/contracts';
import { filter } from 'rxjs';
import { mapApiError } from '../../core/api/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { labelOf } from '../../shared/label';
import { TaxonomyService } from '../../shared/taxonomy.service';
import { QualificationDialog, QualificationDialogData } from './qualification-dialog';
import { SectorDialog, SectorDialogData } from './sector-dialog';
import { SkillDialog, SkillDialogData } from './skill-dialog';
import { TaxonomyAdminApi } from './taxonomy-admin.api';
import {
  filterQualifications,
  filterSectors,
  filterSkills,
  tabFromParam,
  TAXONOMY_TABS,
  TaxonomyTab,
} from './taxonomy-editor';

const PAGE_SIZE = 50;

const COLUMNS: Readonly<Record<TaxonomyTab, string[]>> = {
  skills: ['code', 'nl', 'en', 'parent', 'kind', 'actions'],
  qualifications: ['crebo', 'nl', 'en', 'level', 'routes', 'actions'],
  sectors: ['code', 'nl', 'en', 'level', 'parent', 'actions'],
};

/**
 * /admin/taxonomie: the program office keeps the skills, qualifications and sectors that forms, search and matching
 * use. Each tab lists one taxonomy (searchable, from the public lists); a dialog adds or changes an entry.
 */
@Component({
  selector: 'tz-taxonomy-editor-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressSpinnerModule,
    MatTableModule,
    MatTabsModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './taxonomy-editor-page.html',
  styleUrl: './taxonomy-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaxonomyEditorPage {
  private readonly api = inject(TaxonomyAdminApi);
  private readonly taxonomy = inject(TaxonomyService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(LanguageService).lang;

  /** Query parameter `?tab=`: skills (default), qualifications or sectors. */
  readonly tab = input<string>();

  protected readonly tabs = TAXONOMY_TABS;
  protected readonly activeTab = computed(() => tabFromParam(this.tab()));
  protected readonly columns = computed(() => COLUMNS[this.activeTab()]);
  protected readonly pageSize = PAGE_SIZE;

  protected readonly skills = httpResource<SkillResponse[]>(() =>
    this.activeTab() === 'skills' ? this.api.listUrl('skills') : undefined,
  );
  protected readonly qualifications = httpResource<QualificationResponse[]>(() =>
    this.activeTab() === 'qualifications' ? this.api.listUrl('qualifications') : undefined,
  );
  protected readonly sectors = httpResource<SectorResponse[]>(() =>
    this.activeTab() === 'sectors' ? this.api.listUrl('sectors') : undefined,
  );

  /** The search text; a new tab starts with an empty one. */
  protected readonly query = linkedSignal({ source: this.activeTab, computation: () => '' });
  protected readonly pageIndex = linkedSignal({
    source: () => [this.activeTab(), this.query()] as const,
    computation: () => 0,
  });

  /** The active tab's entries that match the search, or null while they load. */
  protected readonly matches = computed<(SkillResponse | QualificationResponse | SectorResponse)[] | null>(() => {
    const query = this.query();
    switch (this.activeTab()) {
      case 'skills':
        return this.skills.hasValue() ? filterSkills(this.skills.value(), query) : null;
      case 'qualifications':
        return this.qualifications.hasValue() ? filterQualifications(this.qualifications.value(), query) : null;
      case 'sectors':
        return this.sectors.hasValue() ? filterSectors(this.sectors.value(), query) : null;
    }
  });
  protected readonly total = computed(() => {
    switch (this.activeTab()) {
      case 'skills':
        return this.skills.hasValue() ? this.skills.value().length : 0;
      case 'qualifications':
        return this.qualifications.hasValue() ? this.qualifications.value().length : 0;
      case 'sectors':
        return this.sectors.hasValue() ? this.sectors.value().length : 0;
    }
  });
  protected readonly page = computed(() => {
    const start = this.pageIndex() * PAGE_SIZE;
    return this.matches()?.slice(start, start + PAGE_SIZE) ?? [];
  });
  protected readonly loadError = computed(() => {
    const error = this.skills.error() ?? this.qualifications.error() ?? this.sectors.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly busy = signal(false);

  protected nameOf(entry: Labelled): string {
    return labelOf(entry, this.lang());
  }

  protected search(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
  }

  protected reload(): void {
    this.skills.reload();
    this.qualifications.reload();
    this.sectors.reload();
  }

  protected add(): void {
    this.edit(null);
  }

  /** Opens the dialog of the active tab for a new entry (null) or an existing one. */
  protected edit(entry: SkillResponse | QualificationResponse | SectorResponse | null): void {
    const options = { width: '640px', maxWidth: 'calc(100vw - 32px)', autoFocus: 'first-tabbable' as const };
    switch (this.activeTab()) {
      case 'skills':
        this.dialog
          .open<SkillDialog, SkillDialogData, SkillResponse>(SkillDialog, {
            ...options,
            data: { skill: entry as SkillResponse | null, skills: this.skills.hasValue() ? this.skills.value() : [] },
          })
          .afterClosed()
          .pipe(filter((saved): saved is SkillResponse => saved !== undefined))
          .subscribe((saved) => this.saved('skills', saved, saved.code));
        return;
      case 'qualifications':
        this.dialog
          .open<QualificationDialog, QualificationDialogData, QualificationResponse>(QualificationDialog, {
            ...options,
            data: { qualification: entry as QualificationResponse | null },
          })
          .afterClosed()
          .pipe(filter((saved): saved is QualificationResponse => saved !== undefined))
          .subscribe((saved) => this.saved('qualifications', saved, saved.crebo));
        return;
      case 'sectors':
        this.dialog
          .open<SectorDialog, SectorDialogData, SectorResponse>(SectorDialog, {
            ...options,
            data: {
              sector: entry as SectorResponse | null,
              sectors: this.sectors.hasValue() ? this.sectors.value() : [],
            },
          })
          .afterClosed()
          .pipe(filter((saved): saved is SectorResponse => saved !== undefined))
          .subscribe((saved) => this.saved('sectors', saved, saved.code));
        return;
    }
  }

  /** Saved: the list and the app's cached taxonomy (forms, search filters) show the change at once. */
  private saved(tab: TaxonomyTab, entry: Labelled, code: string): void {
    this.taxonomy[tab].reload();
    this.reload();
    this.snackBar.open(
      this.transloco.translate('admin.taxonomy.saved', { name: this.nameOf(entry), code }),
      undefined,
      { duration: 5000 },
    );
  }
}
