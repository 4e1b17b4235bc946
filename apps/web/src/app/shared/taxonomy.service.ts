import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, Signal, signal } from '@angular/core';
import { API_ROUTES, PlaceResponse, QualificationResponse, SectorResponse, SkillResponse } from '@techzone/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../core/api/api-url';

/** A taxonomy list fetched once per visit and kept in a signal; `load()` is cheap to call again. */
export class CachedList<T> {
  private readonly state = signal<readonly T[] | null>(null);
  private requested = false;

  readonly value: Signal<readonly T[]> = computed(() => this.state() ?? []);
  readonly loaded = computed(() => this.state() !== null);
  readonly failed = signal(false);

  constructor(private readonly fetch: () => Observable<T[]>) {}

  load(): void {
    if (this.requested) {
      return;
    }
    this.requested = true;
    this.failed.set(false);
    this.fetch().subscribe({
      next: (list) => this.state.set(list),
      error: () => {
        this.requested = false;
        this.failed.set(true);
      },
    });
  }

  /** After an edit of the taxonomy: fetch the list again if anything has asked for it (else the next load will). */
  reload(): void {
    if (this.requested) {
      this.requested = false;
      this.load();
    }
  }
}

/** The small, stable taxonomies (skills ~260, sectors, qualifications) cached for the whole visit; places are searched. */
@Injectable({ providedIn: 'root' })
export class TaxonomyService {
  private readonly http = inject(HttpClient);

  /** The whole skill tree: groups and skills with their parent group's code. */
  readonly skills = new CachedList<SkillResponse>(() =>
    this.http.get<SkillResponse[]>(apiUrl(API_ROUTES.taxonomy.skills)),
  );
  readonly sectors = new CachedList<SectorResponse>(() =>
    this.http.get<SectorResponse[]>(apiUrl(API_ROUTES.taxonomy.sectors)),
  );
  readonly qualifications = new CachedList<QualificationResponse>(() =>
    this.http.get<QualificationResponse[]>(apiUrl(API_ROUTES.taxonomy.qualifications)),
  );

  readonly skillByCode = computed(() => new Map(this.skills.value().map((skill) => [skill.code, skill])));
  readonly sectorByCode = computed(() => new Map(this.sectors.value().map((sector) => [sector.code, sector])));
  readonly qualificationByCrebo = computed(
    () => new Map(this.qualifications.value().map((qualification) => [qualification.crebo, qualification])),
  );

  searchPlaces(q: string, limit = 10): Observable<PlaceResponse[]> {
    return this.http.get<PlaceResponse[]>(apiUrl(API_ROUTES.taxonomy.places), {
      params: { q, limit },
    });
  }

  place(id: number): Observable<PlaceResponse> {
    return this.http.get<PlaceResponse>(apiUrl(`${API_ROUTES.taxonomy.places}/${id}`));
  }
}
